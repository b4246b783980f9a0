import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate } from '../../../../shared-kernel/local-date';

/** Two tables in force from the same day would leave that day's base amount undecided. */
export class OneAllowanceTablePerDateRule implements BusinessRule {
  constructor(
    private readonly effectiveFrom: LocalDate,
    private readonly anotherTableTakesEffectThatDay: boolean,
  ) {}

  isBroken(): boolean {
    return this.anotherTableTakesEffectThatDay;
  }

  error(): DomainError {
    return DomainError.conflict('ALLOWANCE_TABLE_EXISTS', `An allowance table already takes effect on ${this.effectiveFrom}.`, 'effectiveFrom', {
      effectiveFrom: this.effectiveFrom,
    });
  }
}

import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate } from '../../../../shared-kernel/local-date';

/** Two versions in force from the same day would leave that day's parameters undecided. */
export class OnePolicyVersionPerDateRule implements BusinessRule {
  constructor(
    private readonly effectiveFrom: LocalDate,
    private readonly anotherVersionTakesEffectThatDay: boolean,
  ) {}

  isBroken(): boolean {
    return this.anotherVersionTakesEffectThatDay;
  }

  error(): DomainError {
    return DomainError.conflict('POLICY_VERSION_EXISTS', `A remuneration policy version already takes effect on ${this.effectiveFrom}.`, 'effectiveFrom', {
      effectiveFrom: this.effectiveFrom,
    });
  }
}

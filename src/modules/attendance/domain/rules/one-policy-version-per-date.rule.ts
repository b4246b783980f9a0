import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate } from '../../../../shared-kernel/local-date';

/** Two versions taking effect on the same day would leave the policy of that day undecided. */
export class OnePolicyVersionPerDateRule implements BusinessRule {
  constructor(
    private readonly effectiveFrom: LocalDate,
    private readonly versionInForceFrom: LocalDate | null,
  ) {}

  isBroken(): boolean {
    return this.versionInForceFrom === this.effectiveFrom;
  }

  error(): DomainError {
    return DomainError.conflict('POLICY_VERSION_EXISTS', `A policy version already takes effect on ${this.effectiveFrom}; choose another date.`, 'effectiveFrom', {
      effectiveFrom: this.effectiveFrom,
    });
  }
}

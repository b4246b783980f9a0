import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { Appraiser } from '../appraiser';

/**
 * The appraiser (*pejabat penilai*) is the employee's direct supervisor on the period's last day, acting
 * appointments included, as resolved by the organization context. Nobody else may rate, not even a
 * higher superior: that would bypass the objection route through the appraiser's own superior.
 */
export class OnlyTheAppraiserMayRateRule implements BusinessRule {
  constructor(
    private readonly appraiserOnPeriodEnd: Appraiser | null,
    private readonly caller: Id,
  ) {}

  isBroken(): boolean {
    return this.appraiserOnPeriodEnd?.employeeId !== this.caller;
  }

  error(): DomainError {
    if (this.appraiserOnPeriodEnd === null) {
      return DomainError.rule('NO_APPRAISER', 'The employee has no supervisor on the last day of the period, so nobody can rate them; fix the position hierarchy first.');
    }
    return DomainError.forbidden("Only the employee's appraiser (their supervisor on the last day of the period) may rate them.", 'APPRAISER_RATES');
  }
}

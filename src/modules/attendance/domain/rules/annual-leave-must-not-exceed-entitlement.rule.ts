import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { AnnualLeaveBalance } from '../annual-leave';

/** An annual-leave (CT) request may not ask for more working days than the year's balance has left. */
export class AnnualLeaveMustNotExceedEntitlementRule implements BusinessRule {
  constructor(
    private readonly requestedWorkingDays: number,
    private readonly balance: AnnualLeaveBalance,
  ) {}

  isBroken(): boolean {
    return this.requestedWorkingDays > this.balance.remaining;
  }

  error(): DomainError {
    const b = this.balance;
    return DomainError.rule(
      'ANNUAL_LEAVE_EXCEEDS_ENTITLEMENT',
      `The request covers ${this.requestedWorkingDays} working days of annual leave, but only ${b.remaining} of ` +
        `${b.available} remain for ${b.year} (${b.used} already used, cuti bersama included).`,
      'endDate',
      { requested: this.requestedWorkingDays, remaining: b.remaining, available: b.available, year: b.year, used: b.used },
    );
  }
}

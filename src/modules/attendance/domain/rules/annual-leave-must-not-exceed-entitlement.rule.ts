import { AnnualLeaveBalance } from '../annual-leave';
import { BusinessRule } from './business-rule';

/** An annual-leave (CT) request may not ask for more working days than the year's balance has left. */
export class AnnualLeaveMustNotExceedEntitlementRule implements BusinessRule {
  readonly code = 'ANNUAL_LEAVE_EXCEEDS_ENTITLEMENT';
  readonly field = 'endDate';

  constructor(
    private readonly requestedWorkingDays: number,
    private readonly balance: AnnualLeaveBalance,
  ) {}

  isBroken(): boolean {
    return this.requestedWorkingDays > this.balance.remaining;
  }

  message(): string {
    const b = this.balance;
    return (
      `The request covers ${this.requestedWorkingDays} working days of annual leave, but only ${b.remaining} of ` +
      `${b.available} remain for ${b.year} (${b.used} already used, cuti bersama included).`
    );
  }
}

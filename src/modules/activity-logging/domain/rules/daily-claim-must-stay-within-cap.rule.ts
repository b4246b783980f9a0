import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { LoggedActivityView, standingActivitiesOfDay } from './logged-activity.view';

/** A day's claimed minutes may not exceed the daily cap (450 by default: a full 7.5-hour working day). */
export class DailyClaimMustStayWithinCapRule implements BusinessRule {
  static readonly CODE = 'DAILY_CLAIM_CAP_EXCEEDED';
  private readonly alreadyClaimed: number;

  constructor(
    private readonly candidate: { id?: Id; employeeId: Id; date: LocalDate; claimedMinutes: number },
    others: readonly LoggedActivityView[],
    private readonly capMinutes: number,
  ) {
    this.alreadyClaimed = standingActivitiesOfDay(candidate, others).reduce((sum, o) => sum + o.claimedMinutes, 0);
  }

  isBroken(): boolean {
    return this.alreadyClaimed + this.candidate.claimedMinutes > this.capMinutes;
  }

  error(): DomainError {
    const total = this.alreadyClaimed + this.candidate.claimedMinutes;
    const message = `${this.candidate.date} would have ${total} claimed minutes; the daily cap is ${this.capMinutes} (${this.capMinutes - this.alreadyClaimed} left).`;
    return new DomainError('rule', DailyClaimMustStayWithinCapRule.CODE, message, [{ field: 'quantity', code: DailyClaimMustStayWithinCapRule.CODE, message }], {
      capMinutes: this.capMinutes,
      remainingMinutes: Math.max(0, this.capMinutes - this.alreadyClaimed),
    });
  }
}

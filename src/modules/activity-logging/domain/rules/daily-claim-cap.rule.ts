import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { LoggedActivityView, standingActivitiesOfDay } from './logged-activity.view';

/** A day's claimed minutes may not exceed the daily cap (450 by default: a full 7.5-hour working day). */
export class DailyClaimCapRule {
  static readonly CODE = 'DAILY_CLAIM_CAP_EXCEEDED';

  constructor(private readonly capMinutes: number) {}

  check(candidate: { id?: Id; employeeId: Id; date: LocalDate; claimedMinutes: number }, others: readonly LoggedActivityView[]): void {
    const alreadyClaimed = standingActivitiesOfDay(candidate, others).reduce((sum, o) => sum + o.claimedMinutes, 0);
    const total = alreadyClaimed + candidate.claimedMinutes;
    if (total > this.capMinutes) {
      const message = `${candidate.date} would have ${total} claimed minutes; the daily cap is ${this.capMinutes} (${this.capMinutes - alreadyClaimed} left).`;
      throw new DomainError('rule', DailyClaimCapRule.CODE, message, [{ field: 'quantity', code: DailyClaimCapRule.CODE, message }], {
        capMinutes: this.capMinutes,
        remainingMinutes: Math.max(0, this.capMinutes - alreadyClaimed),
      });
    }
  }
}

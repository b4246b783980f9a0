import { Clock } from '../../../../shared-kernel/clock';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate, daysBetween } from '../../../../shared-kernel/local-date';
import { instantAt, localDateOf } from '../../../../shared-kernel/zone';

/**
 * An activity is logged while it is fresh: at most `windowDays` calendar days after its date, counted in
 * the zone of the employee's unit (a Jayapura employee's day ends two hours before a Jakarta one's), and
 * never before it has ended.
 */
export class EntryWindowRule {
  static readonly TOO_LATE_CODE = 'ENTRY_WINDOW_CLOSED';
  static readonly IN_FUTURE_CODE = 'ACTIVITY_IN_FUTURE';

  constructor(private readonly windowDays: number) {}

  check(activity: { date: LocalDate; endTime: string }, zone: string, clock: Clock): void {
    const now = clock.now();
    if (instantAt(activity.date, activity.endTime, zone).getTime() > now.getTime()) {
      throw DomainError.rule(EntryWindowRule.IN_FUTURE_CODE, 'An activity can be logged only after it has ended.', 'endTime');
    }
    const today = localDateOf(now, zone);
    if (daysBetween(activity.date, today) > this.windowDays) {
      throw DomainError.rule(
        EntryWindowRule.TOO_LATE_CODE,
        `Activities can be logged up to ${this.windowDays} days after their date; ${activity.date} is ${daysBetween(activity.date, today)} days ago.`,
        'date',
      );
    }
  }
}

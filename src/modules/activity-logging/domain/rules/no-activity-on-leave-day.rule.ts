import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate } from '../../../../shared-kernel/local-date';

/**
 * Nobody works on a day they are excused from work: an approved full-day absence (leave CT/CS/CB/CM/CAP
 * or permission I) or a TB/CLTN status. DL (official duty) is work and is not such a day.
 */
export class NoActivityOnLeaveDayRule {
  static readonly CODE = 'ACTIVITY_ON_LEAVE_DAY';

  static check(activity: { date: LocalDate }, isLeaveDay: boolean): void {
    if (isLeaveDay) {
      throw DomainError.rule(NoActivityOnLeaveDayRule.CODE, `The employee is on leave on ${activity.date}.`, 'date');
    }
  }
}

import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate } from '../../../../shared-kernel/local-date';

/**
 * Nobody works on a day they are excused from work: an approved full-day absence (leave CT/CS/CB/CM/CAP
 * or permission I) or a TB/CLTN status. DL (official duty) is work and is not such a day.
 */
export class ActivityMustNotFallOnLeaveDayRule implements BusinessRule {
  static readonly CODE = 'ACTIVITY_ON_LEAVE_DAY';

  constructor(
    private readonly activity: { date: LocalDate },
    private readonly isLeaveDay: boolean,
  ) {}

  isBroken(): boolean {
    return this.isLeaveDay;
  }

  error(): DomainError {
    return DomainError.rule(ActivityMustNotFallOnLeaveDayRule.CODE, `The employee is on leave on ${this.activity.date}.`, 'date', { date: this.activity.date });
  }
}

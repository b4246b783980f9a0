import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { minutesOfDay } from '../../../../shared-kernel/zone';
import { LoggedActivityView, standingActivitiesOfDay } from './logged-activity.view';

/**
 * One person does one thing at a time: an employee's activities on a date must not share a minute.
 * Ranges are half-open, so one activity may start exactly when the previous one ends.
 */
export class ActivitiesMustNotOverlapRule implements BusinessRule {
  static readonly CODE = 'ACTIVITIES_OVERLAP';
  private readonly clash: LoggedActivityView | undefined;

  constructor(
    private readonly candidate: { id?: Id; employeeId: Id; date: LocalDate; startTime: string; endTime: string },
    others: readonly LoggedActivityView[],
  ) {
    const start = minutesOfDay(candidate.startTime);
    const end = minutesOfDay(candidate.endTime);
    this.clash = standingActivitiesOfDay(candidate, others).find((o) => start < minutesOfDay(o.endTime) && minutesOfDay(o.startTime) < end);
  }

  isBroken(): boolean {
    return this.clash !== undefined;
  }

  error(): DomainError {
    const clash = this.clash!;
    const message = `The activity overlaps another one on ${this.candidate.date} (${clash.startTime}–${clash.endTime}).`;
    return new DomainError('rule', ActivitiesMustNotOverlapRule.CODE, message, [{ field: 'startTime', code: ActivitiesMustNotOverlapRule.CODE, message }], {
      otherActivityId: clash.id,
    });
  }
}

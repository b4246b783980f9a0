import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { minutesOfDay } from '../../../../shared-kernel/zone';
import { LoggedActivityView, standingActivitiesOfDay } from './logged-activity.view';

/**
 * One person does one thing at a time: an employee's activities on a date must not share a minute.
 * Ranges are half-open, so one activity may start exactly when the previous one ends.
 */
export class ActivitiesMustNotOverlapRule {
  static readonly CODE = 'ACTIVITIES_OVERLAP';

  static check(
    candidate: { id?: Id; employeeId: Id; date: LocalDate; startTime: string; endTime: string },
    others: readonly LoggedActivityView[],
  ): void {
    const start = minutesOfDay(candidate.startTime);
    const end = minutesOfDay(candidate.endTime);
    const clash = standingActivitiesOfDay(candidate, others).find((o) => start < minutesOfDay(o.endTime) && minutesOfDay(o.startTime) < end);
    if (clash) {
      const message = `The activity overlaps another one on ${candidate.date} (${clash.startTime}–${clash.endTime}).`;
      throw new DomainError('rule', ActivitiesMustNotOverlapRule.CODE, message, [{ field: 'startTime', code: ActivitiesMustNotOverlapRule.CODE, message }], {
        otherActivityId: clash.id,
      });
    }
  }
}

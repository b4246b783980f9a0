import { DomainError } from '../../../shared-kernel/domain-error';
import { LocalDate } from '../../../shared-kernel/local-date';
import { Percent } from '../../../shared-kernel/percent';
import { AbsenceType } from './attendance-code';
import { AttendancePolicy } from './attendance-policy';

/**
 * The deduction of one working day of leave (rules.md §2, BKKBN pattern [S32]). Sick leave (CS) is free for the
 * first days of an episode, so it needs the day's 1-based position among the episode's working days.
 */
export function leaveDeductionPercent(type: AbsenceType, sickLeaveEpisodeWorkingDay: number | null, policy: AttendancePolicy): Percent {
  if (type !== 'CS') return Percent.of(policy.props.leaveDeductionPercent[type]);
  if (sickLeaveEpisodeWorkingDay === null || !Number.isInteger(sickLeaveEpisodeWorkingDay) || sickLeaveEpisodeWorkingDay < 1) {
    throw DomainError.validation('sickLeaveEpisodeWorkingDay', 'SICK_LEAVE_EPISODE_DAY_REQUIRED', 'A sick-leave day needs its working-day number within the episode (1 or more).');
  }
  const { freeWorkingDaysPerEpisode, percentPerDayAfter } = policy.props.sickLeave;
  return sickLeaveEpisodeWorkingDay <= freeWorkingDaysPerEpisode ? Percent.zero() : Percent.of(percentPerDayAfter);
}

export interface SickLeaveEpisodeDay {
  readonly date: LocalDate;
  readonly isWorkingDay: boolean;
  readonly isSickLeave: boolean;
}

/**
 * Numbers each sick-leave working day within its episode. An episode is a run of consecutive working days of CS:
 * holidays and days off do not break it, any other working day does. `csWorkingDaysAlreadyUsed` counts the
 * episode's working days before `days` begin (an episode running in from the previous month).
 */
export function numberSickLeaveEpisodeDays(days: readonly SickLeaveEpisodeDay[], csWorkingDaysAlreadyUsed: number): Map<LocalDate, number> {
  const numbers = new Map<LocalDate, number>();
  let used = csWorkingDaysAlreadyUsed;
  for (const day of [...days].sort((a, b) => (a.date < b.date ? -1 : 1))) {
    if (!day.isWorkingDay) continue;
    used = day.isSickLeave ? used + 1 : 0;
    if (day.isSickLeave) numbers.set(day.date, used);
  }
  return numbers;
}

import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';

export type DailyActivityStatus = 'SUBMITTED' | 'APPROVED' | 'REJECTED';

/** What the day rules need to know of an employee's other activities; a DailyActivity satisfies it. */
export interface LoggedActivityView {
  id: Id;
  employeeId: Id;
  date: LocalDate;
  startTime: string;
  endTime: string;
  status: DailyActivityStatus;
  claimedMinutes: number;
}

/**
 * The activities that still stand on the candidate's day. A rejected one stands for nothing until it is
 * corrected, and correcting it re-runs the rules; the candidate itself is left out when it is a correction.
 */
export function standingActivitiesOfDay(candidate: { id?: Id; employeeId: Id; date: LocalDate }, others: readonly LoggedActivityView[]): LoggedActivityView[] {
  return others.filter((o) => o.employeeId === candidate.employeeId && o.date === candidate.date && o.status !== 'REJECTED' && o.id !== candidate.id);
}

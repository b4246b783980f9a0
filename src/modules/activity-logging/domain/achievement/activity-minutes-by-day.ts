import { LocalDate } from '../../../../shared-kernel/local-date';
import type { DailyActivity } from '../daily-activity';

/** Approved and pending minutes per date of one employee's activities; rejected ones count for nothing. */
export function activityMinutesByDay(
  activities: readonly Pick<DailyActivity, 'date' | 'status' | 'approvedMinutes' | 'claimedMinutes'>[],
): Map<LocalDate, { approvedMinutes: number; pendingMinutes: number }> {
  const byDay = new Map<LocalDate, { approvedMinutes: number; pendingMinutes: number }>();
  for (const a of activities) {
    const day = byDay.get(a.date) ?? { approvedMinutes: 0, pendingMinutes: 0 };
    if (a.status === 'APPROVED') day.approvedMinutes += a.approvedMinutes;
    if (a.status === 'SUBMITTED') day.pendingMinutes += a.claimedMinutes;
    byDay.set(a.date, day);
  }
  return byDay;
}

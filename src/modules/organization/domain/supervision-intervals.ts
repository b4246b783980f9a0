import { Id } from '../../../shared-kernel/ids';
import { addDays, LocalDate } from '../../../shared-kernel/local-date';
import { Assignment } from './assignment';
import { OrgSnapshot } from './org-snapshot';
import { resolveSupervisorOn } from './supervisor-resolution';

/** Days `from`..`to` (inclusive; `to` null: open-ended) on which `supervisorId` supervises `employeeId`. */
export interface SupervisionInterval {
  readonly employeeId: Id;
  readonly from: LocalDate;
  readonly to: LocalDate | null;
}

/**
 * The maximal intervals during which `supervisorId` is the supervisor of `employeeId`, as resolveSupervisorOn
 * answers day by day. Resolution reads only `relevant` — the employee's definitive assignments and every
 * assignment of the positions above those posts — so its answer can change only on a day one of them starts
 * or on the day after one ends: the supervisor is resolved once per stretch between two such days.
 */
export function supervisionIntervals(supervisorId: Id, employeeId: Id, relevant: readonly Assignment[], snapshot: OrgSnapshot): SupervisionInterval[] {
  const changes = new Set<LocalDate>();
  for (const a of relevant) {
    changes.add(a.startDate);
    if (a.endDate !== null) changes.add(addDays(a.endDate, 1));
  }
  const days = [...changes].sort();
  const intervals: Array<{ employeeId: Id; from: LocalDate; to: LocalDate | null }> = [];
  for (let i = 0; i < days.length; i++) {
    if (resolveSupervisorOn(employeeId, days[i], snapshot)?.employeeId !== supervisorId) continue;
    const to = i + 1 < days.length ? addDays(days[i + 1], -1) : null;
    const last = intervals[intervals.length - 1];
    // Stretches are contiguous, so a match right after a match extends it.
    if (last && last.to !== null && addDays(last.to, 1) === days[i]) last.to = to;
    else intervals.push({ employeeId, from: days[i], to });
  }
  return intervals;
}

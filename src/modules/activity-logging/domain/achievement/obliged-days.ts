import { LocalDate } from '../../../../shared-kernel/local-date';

/**
 * Day codes of attendance (rules.md §2) for which the employee was excused from the whole day: leave,
 * full-day permission, study assignment and unpaid leave. DL (official duty) is work and TK (absent
 * without reason) is a failure to work; neither excuses the day's activity target.
 */
export const EXCUSED_DAY_CODES: ReadonlySet<string> = new Set(['CT', 'CS', 'CB', 'CM', 'CAP', 'I', 'TB', 'CLTN']);

export const ABSENT_WITHOUT_REASON = 'TK';

export interface WorkingDay {
  date: LocalDate;
  /** The attendance classification of the day, or null when it has none yet (the day still counts). */
  dayCode: string | null;
}

/**
 * rules.md §4: obligedDays = working days with an eligible assignment, minus days of leave / I / TB / CLTN.
 * `workingDaysWithEligibleAssignment` are exactly those working days; the caller (calendar, schedule,
 * assignments) decides which they are.
 */
export function countObligedDays(workingDaysWithEligibleAssignment: readonly WorkingDay[]): number {
  const dates = new Set<LocalDate>();
  for (const day of workingDaysWithEligibleAssignment) {
    if (day.dayCode === null || !EXCUSED_DAY_CODES.has(day.dayCode)) dates.add(day.date);
  }
  return dates.size;
}

/** rules.md §3: activities on a day classified TK or as an excused absence do not count. */
export function isDayExcludedFromActivities(dayCode: string | null): boolean {
  return dayCode !== null && (dayCode === ABSENT_WITHOUT_REASON || EXCUSED_DAY_CODES.has(dayCode));
}

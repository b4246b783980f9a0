import { Dec } from '../../../../shared-kernel/decimal';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { DEFAULT_ACTIVITY_POLICY } from '../activity-policy';

export interface ActivityDayMinutes {
  date: LocalDate;
  approvedMinutes: number;
  /** Minutes of activities still awaiting the supervisor's review. */
  pendingMinutes: number;
  /** A TK or excused-absence day: its activities do not count (see isDayExcludedFromActivities). */
  dayExcluded: boolean;
}

export interface MonthlyAchievementInput {
  obligedDays: number;
  dailyTargetMinutes?: number;
  dailyCap?: number;
  days: readonly ActivityDayMinutes[];
  monthClosed: boolean;
}

export interface MonthlyAchievement {
  obligedDays: number;
  targetMinutes: number;
  /** Σ over counted days of min(cap, approved (+ pending once the month is closed)). */
  approvedMinutes: number;
  /** Minutes still unreviewed on counted days; after the close they are also inside approvedMinutes. */
  pendingMinutes: number;
  /** Decimal string, see ACHIEVEMENT_DECIMAL_PLACES. */
  achievement: string;
}

/**
 * Achievement feeds the PERFORMANCE deduction (70 × (1 − factor)) and is shown to people, so it is an
 * exact decimal string rounded half-up to 4 places: "0.9" for 5130/5700, "0.6667" for 2/3.
 */
export const ACHIEVEMENT_DECIMAL_PLACES = 4;

/** rules.md §4. At the close, unreviewed activities count as approved: the supervisor's silence does not cost the employee. */
export function computeMonthlyAchievement(input: MonthlyAchievementInput): MonthlyAchievement {
  const dailyTargetMinutes = input.dailyTargetMinutes ?? DEFAULT_ACTIVITY_POLICY.dailyTargetMinutes;
  const dailyCap = input.dailyCap ?? DEFAULT_ACTIVITY_POLICY.dailyCapMinutes;
  assertWholeMinutes(input.obligedDays, 'obligedDays');
  assertWholeMinutes(dailyTargetMinutes, 'dailyTargetMinutes');
  assertWholeMinutes(dailyCap, 'dailyCap');

  let approvedMinutes = 0;
  let pendingMinutes = 0;
  for (const day of input.days) {
    assertWholeMinutes(day.approvedMinutes, 'approvedMinutes');
    assertWholeMinutes(day.pendingMinutes, 'pendingMinutes');
    if (day.dayExcluded) continue;
    const countedOfDay = day.approvedMinutes + (input.monthClosed ? day.pendingMinutes : 0);
    approvedMinutes += Math.min(dailyCap, countedOfDay);
    pendingMinutes += day.pendingMinutes;
  }
  const targetMinutes = input.obligedDays * dailyTargetMinutes;
  return { obligedDays: input.obligedDays, targetMinutes, approvedMinutes, pendingMinutes, achievement: achievementRatio(approvedMinutes, targetMinutes) };
}

/** min(1, approved / target), and 1 when there is no target (nobody fails a target of zero). */
export function achievementRatio(approvedMinutes: number, targetMinutes: number): string {
  if (targetMinutes === 0) return '1';
  return Dec.min(1, new Dec(approvedMinutes).dividedBy(targetMinutes)).toDecimalPlaces(ACHIEVEMENT_DECIMAL_PLACES, Dec.ROUND_HALF_UP).toFixed();
}

function assertWholeMinutes(value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw DomainError.validation(field, 'NOT_A_WHOLE_NUMBER', `${field} must be a non-negative whole number.`);
  }
}

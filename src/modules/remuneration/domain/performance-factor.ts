import { Dec } from '../../../shared-kernel/decimal';
import { DomainError } from '../../../shared-kernel/domain-error';
import { Percent } from '../../../shared-kernel/percent';
import { Predikat } from './predikat';
import { RemunerationPolicy } from './remuneration-policy';

/**
 * Achievement is shown to people and stored with the statement, so a ratio such as 2/3 is rounded half-up
 * to 4 places, exactly as activity logging publishes it ("0.6667"); the statement and the achievement
 * page then never disagree.
 */
export const ACHIEVEMENT_DECIMAL_PLACES = 4;

/** Σ over days of min(daily cap, the day's approved minutes): a long day cannot make up for a short one. */
export function approvedMinutesWithinDailyCap(minutesPerDay: readonly number[], policy: RemunerationPolicy): number {
  return minutesPerDay.reduce((sum, minutes, i) => {
    assertWholeMinutes(minutes, `minutesPerDay[${i}]`);
    return sum + Math.min(policy.dailyCapMinutes, minutes);
  }, 0);
}

/** obligedDays × the daily target. */
export function targetMinutesFor(obligedDays: number, policy: RemunerationPolicy): number {
  assertWholeMinutes(obligedDays, 'obligedDays');
  return obligedDays * policy.dailyTargetMinutes;
}

/** min(1, approved / target), and 1 when there is no target: nobody fails a target of zero. */
export function activityAchievement(approvedMinutes: number, targetMinutes: number): Dec {
  assertWholeMinutes(approvedMinutes, 'approvedMinutes');
  assertWholeMinutes(targetMinutes, 'targetMinutes');
  if (targetMinutes === 0) return new Dec(1);
  return Dec.min(1, new Dec(approvedMinutes).dividedBy(targetMinutes)).toDecimalPlaces(ACHIEVEMENT_DECIMAL_PLACES, Dec.ROUND_HALF_UP);
}

/** rules.md §4: activity achievement × the rating multiplier. */
export class PerformanceFactor {
  private constructor(
    readonly achievement: Dec,
    readonly rating: Predikat | null,
    readonly ratingMultiplier: Dec,
  ) {}

  static of(achievement: Dec, rating: Predikat | null, policy: RemunerationPolicy): PerformanceFactor {
    if (achievement.isNaN() || achievement.lessThan(0) || achievement.greaterThan(1)) {
      throw DomainError.validation('activityAchievement', 'OUT_OF_RANGE', 'activityAchievement must be a decimal from 0 to 1.');
    }
    return new PerformanceFactor(achievement, rating, policy.ratingMultiplier(rating));
  }

  get value(): Dec {
    return this.achievement.times(this.ratingMultiplier);
  }

  get notRated(): boolean {
    return this.rating === null;
  }

  /** The PERFORMANCE deduction: the performance share not earned, share × (1 − factor). */
  deductionPercent(policy: RemunerationPolicy): Percent {
    return policy.performanceShare.times(new Dec(1).minus(this.value));
  }
}

function assertWholeMinutes(value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw DomainError.validation(field, 'NOT_A_WHOLE_NUMBER', `${field} must be a whole number, 0 or more.`);
  }
}

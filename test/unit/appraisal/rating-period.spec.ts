import { AppraisalPolicy, DEFAULT_APPRAISAL_POLICY_PROPS } from '../../../src/modules/appraisal/domain/appraisal-policy';
import { RatingPeriod } from '../../../src/modules/appraisal/domain/rating-period';
import { DomainError } from '../../../src/shared-kernel/domain-error';

const quarterly = AppraisalPolicy.of({ ...DEFAULT_APPRAISAL_POLICY_PROPS, periodLengthMonths: 3 });

function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as DomainError).code;
  }
  return 'no error';
}

describe('rating period', () => {
  it('is monthly by default: any YYYY-MM is a period covering that month', () => {
    const period = RatingPeriod.parse('2026-02', AppraisalPolicy.default());
    expect(period.kind).toBe('PERIODIC');
    expect([period.firstDay, period.lastDay]).toEqual(['2026-02-01', '2026-02-28']);
  });

  it('with quarterly periods accepts only months 3, 6, 9 and 12, each covering three months', () => {
    const q2 = RatingPeriod.parse('2026-06', quarterly);
    expect([q2.firstDay, q2.lastDay]).toEqual(['2026-04-01', '2026-06-30']);
    expect(errorCode(() => RatingPeriod.parse('2026-05', quarterly))).toBe('NOT_A_PERIOD_END');
    expect(errorCode(() => RatingPeriod.parse('2026-12', quarterly))).toBe('no error');
  });

  it('reads YYYY as the annual rating of the SKP year', () => {
    const annual = RatingPeriod.parse('2026', quarterly);
    expect(annual.kind).toBe('ANNUAL');
    expect([annual.firstDay, annual.lastDay, annual.toString()]).toEqual(['2026-01-01', '2026-12-31', '2026']);
  });

  it('refuses text that is neither a month nor a year', () => {
    expect(errorCode(() => RatingPeriod.parse('2026-13', AppraisalPolicy.default()))).toBe('INVALID_PERIOD');
    expect(errorCode(() => RatingPeriod.parse('26', AppraisalPolicy.default()))).toBe('INVALID_PERIOD');
  });

  it('finds the periodic rating that governs a month', () => {
    expect(RatingPeriod.periodicContaining('2026-04', quarterly).toString()).toBe('2026-06');
    expect(RatingPeriod.periodicContaining('2026-06', quarterly).toString()).toBe('2026-06');
    expect(RatingPeriod.periodicContaining('2026-11', quarterly).toString()).toBe('2026-12');
    expect(RatingPeriod.periodicContaining('2026-11', AppraisalPolicy.default()).toString()).toBe('2026-11');
  });

  it('survives a round trip through its snapshot under a policy that has since changed', () => {
    const q2 = RatingPeriod.parse('2026-06', quarterly);
    expect(RatingPeriod.restore(q2.toSnapshot()).equals(q2)).toBe(true);
    expect(RatingPeriod.parse('2026-06', AppraisalPolicy.default()).equals(q2)).toBe(false);
  });
});

describe('appraisal policy', () => {
  it('defaults to monthly periods, a 14-day objection window and the rules.md §4 multipliers', () => {
    const policy = AppraisalPolicy.default();
    expect(policy.periodLengthMonths).toBe(1);
    expect(policy.objectionWindowDays).toBe(14);
    expect(policy.ratingMultiplierFor('BAIK').toFixed(2)).toBe('1.00');
    expect(policy.ratingMultiplierFor('BUTUH_PERBAIKAN').toFixed(2)).toBe('0.90');
    expect(policy.ratingMultiplierFor('SANGAT_KURANG').toFixed(2)).toBe('0.70');
  });

  it('counts the objection window in calendar days including the last day', () => {
    expect(AppraisalPolicy.default().lastDayToObject('2026-06-30')).toBe('2026-07-14');
  });

  it('refuses a period length that does not tile the year and a multiplier that is not a fraction', () => {
    expect(errorCode(() => AppraisalPolicy.of({ ...DEFAULT_APPRAISAL_POLICY_PROPS, periodLengthMonths: 5 }))).toBe('INVALID_PERIOD_LENGTH');
    const multipliers = (value: string) => ({ ...DEFAULT_APPRAISAL_POLICY_PROPS.ratingMultipliers, KURANG: value });
    expect(errorCode(() => AppraisalPolicy.of({ ...DEFAULT_APPRAISAL_POLICY_PROPS, ratingMultipliers: multipliers('1.2') }))).toBe('INVALID_RATING_MULTIPLIER');
    expect(errorCode(() => AppraisalPolicy.of({ ...DEFAULT_APPRAISAL_POLICY_PROPS, ratingMultipliers: multipliers('abc') }))).toBe('INVALID_RATING_MULTIPLIER');
  });
});

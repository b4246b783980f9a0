import { Dec } from '../../../src/shared-kernel/decimal';
import { PerformanceFactor, activityAchievement, approvedMinutesWithinDailyCap, targetMinutesFor } from '../../../src/modules/remuneration/domain/performance-factor';
import { defaultRemunerationPolicy } from '../../../src/modules/remuneration/domain/remuneration-policy';

const policy = defaultRemunerationPolicy();

describe('the performance factor (rules.md §4)', () => {
  it('counts at most 450 approved minutes of any one day', () => {
    expect(approvedMinutesWithinDailyCap([300, 450, 600, 0], policy)).toBe(300 + 450 + 450 + 0);
  });

  it('sets the target at 300 minutes per obliged day', () => {
    expect(targetMinutesFor(19, policy)).toBe(5700);
  });

  it('is the share of the target reached: 5,130 of 5,700 minutes is 0.9', () => {
    expect(activityAchievement(5130, 5700).toFixed()).toBe('0.9');
  });

  it('never exceeds 1, however much is done', () => {
    expect(activityAchievement(9000, 5700).toFixed()).toBe('1');
  });

  it('is 1 when there is no target (no obliged day)', () => {
    expect(activityAchievement(0, 0).toFixed()).toBe('1');
    expect(activityAchievement(120, 0).toFixed()).toBe('1');
  });

  it('rounds a repeating ratio half-up to 4 places, as activity logging publishes it', () => {
    expect(activityAchievement(200, 300).toFixed()).toBe('0.6667');
    expect(activityAchievement(100, 300).toFixed()).toBe('0.3333');
    expect(activityAchievement(1, 20000).toFixed()).toBe('0.0001'); // 0.00005 rounds up
  });

  it.each([
    ['SANGAT_BAIK', '0.9', '7'],
    ['BAIK', '0.9', '7'],
    ['BUTUH_PERBAIKAN', '0.81', '13.3'],
    ['KURANG', '0.72', '19.6'],
    ['SANGAT_KURANG', '0.63', '25.9'],
    [null, '0.9', '7'],
  ] as const)('multiplies achievement 0.9 by the rating %s: factor %s, PERFORMANCE %s %%', (rating, factor, percent) => {
    const performance = PerformanceFactor.of(new Dec('0.9'), rating, policy);
    expect(performance.value.toFixed()).toBe(factor);
    expect(performance.deductionPercent(policy).toString()).toBe(percent);
    expect(performance.notRated).toBe(rating === null);
  });

  it('refuses minutes that are not whole and an achievement above 1', () => {
    expect(() => activityAchievement(10.5, 300)).toThrow(expect.objectContaining({ fieldErrors: [expect.objectContaining({ field: 'approvedMinutes' })] }));
    expect(() => approvedMinutesWithinDailyCap([60, -1], policy)).toThrow(expect.objectContaining({ fieldErrors: [expect.objectContaining({ field: 'minutesPerDay[1]' })] }));
    expect(() => PerformanceFactor.of(new Dec('1.1'), 'BAIK', policy)).toThrow(
      expect.objectContaining({ fieldErrors: [expect.objectContaining({ field: 'activityAchievement' })] }),
    );
  });
});

import { addDays, eachDay, isoDayOfWeek } from '../../../src/shared-kernel/local-date';
import { activityMinutesByDay } from '../../../src/modules/activity-logging/domain/achievement/activity-minutes-by-day';
import { computeMonthlyAchievement } from '../../../src/modules/activity-logging/domain/achievement/monthly-achievement';
import { WorkingDay, countObligedDays, isDayExcludedFromActivities } from '../../../src/modules/activity-logging/domain/achievement/obliged-days';
import { SUPERVISOR, logged } from './activity-fixtures';

const HOLIDAY = '2026-06-16';

/** Working days of June 2026 from `from` (Mon–Fri without the holiday), with the given day codes. */
function juneWorkingDays(from: string, codes: Record<string, string> = {}): WorkingDay[] {
  return eachDay(from, '2026-06-30')
    .filter((d) => isoDayOfWeek(d) <= 5 && d !== HOLIDAY)
    .map((date) => ({ date, dayCode: codes[date] ?? 'PRESENT' }));
}

/** Spreads `total` approved minutes evenly over the days that count. */
function daysWithMinutes(workingDays: WorkingDay[], total: number, extra: Record<string, number> = {}) {
  const counted = workingDays.filter((d) => !isDayExcludedFromActivities(d.dayCode));
  return workingDays.map((d) => ({
    date: d.date,
    approvedMinutes: (isDayExcludedFromActivities(d.dayCode) ? 0 : total / counted.length) + (extra[d.date] ?? 0),
    pendingMinutes: 0,
    dayExcluded: isDayExcludedFromActivities(d.dayCode),
  }));
}

describe('rules.md §8 worked examples', () => {
  it('A: 21 working days, 2 CT and 1 TK → obliged 19, target 5700, approved 5130 → 0.9', () => {
    const workingDays = juneWorkingDays('2026-06-01', { '2026-06-08': 'CT', '2026-06-09': 'CT', '2026-06-22': 'TK' });
    expect(workingDays).toHaveLength(21);
    const obligedDays = countObligedDays(workingDays);
    // Minutes logged on the TK day do not count.
    const days = daysWithMinutes(workingDays, 5130, { '2026-06-22': 240 });

    const result = computeMonthlyAchievement({ obligedDays, days, monthClosed: true });

    expect(result).toEqual({ obligedDays: 19, targetMinutes: 5700, approvedMinutes: 5130, pendingMinutes: 0, achievement: '0.9' });
  });

  it('B: appointed on the 15th → 11 working days, target 3300, approved 2970 → 0.9', () => {
    const workingDays = juneWorkingDays('2026-06-15');
    const result = computeMonthlyAchievement({ obligedDays: countObligedDays(workingDays), days: daysWithMinutes(workingDays, 2970), monthClosed: true });
    expect(result).toMatchObject({ obligedDays: 11, targetMinutes: 3300, approvedMinutes: 2970, achievement: '0.9' });
  });
});

describe('computeMonthlyAchievement', () => {
  const day = (date: string, approvedMinutes: number, pendingMinutes = 0, dayExcluded = false) => ({ date, approvedMinutes, pendingMinutes, dayExcluded });

  it('caps each day at the daily cap before summing', () => {
    const result = computeMonthlyAchievement({ obligedDays: 2, days: [day('2026-06-01', 500), day('2026-06-02', 450)], monthClosed: false });
    expect(result.approvedMinutes).toBe(900);
    expect(result.achievement).toBe('1');
  });

  it('counts pending minutes as approved only once the month is closed, still within the cap', () => {
    const days = [day('2026-06-01', 200, 100), day('2026-06-02', 400, 200)];
    expect(computeMonthlyAchievement({ obligedDays: 2, days, monthClosed: false })).toMatchObject({ approvedMinutes: 600, pendingMinutes: 300, achievement: '1' });
    expect(computeMonthlyAchievement({ obligedDays: 3, days, monthClosed: false })).toMatchObject({ targetMinutes: 900, achievement: '0.6667' });
    expect(computeMonthlyAchievement({ obligedDays: 3, days, monthClosed: true })).toMatchObject({ approvedMinutes: 750, pendingMinutes: 300, achievement: '0.8333' });
  });

  it('drops the minutes of excluded days, approved or pending', () => {
    const result = computeMonthlyAchievement({ obligedDays: 1, days: [day('2026-06-01', 150), day('2026-06-02', 300, 60, true)], monthClosed: true });
    expect(result).toMatchObject({ approvedMinutes: 150, pendingMinutes: 0, achievement: '0.5' });
  });

  it('is 1 when there is no target, and uses the policy parameters given', () => {
    expect(computeMonthlyAchievement({ obligedDays: 0, days: [], monthClosed: false }).achievement).toBe('1');
    const result = computeMonthlyAchievement({
      obligedDays: 2,
      dailyTargetMinutes: 400,
      dailyCap: 300,
      days: [day('2026-06-01', 450), day('2026-06-02', 100)],
      monthClosed: false,
    });
    expect(result).toMatchObject({ targetMinutes: 800, approvedMinutes: 400, achievement: '0.5' });
  });

  it('rounds half-up at 4 decimal places', () => {
    // 1 / 3 = 0.33333…; 2 / 3 = 0.66666…; 5 / 8 = 0.625 exactly; 1 / 160000 = 0.00000625 → 0
    const ratio = (approved: number, obliged: number, daily: number) =>
      computeMonthlyAchievement({ obligedDays: obliged, dailyTargetMinutes: daily, dailyCap: 1_000_000, days: [day('2026-06-01', approved)], monthClosed: false }).achievement;
    expect(ratio(100, 1, 300)).toBe('0.3333');
    expect(ratio(200, 1, 300)).toBe('0.6667');
    expect(ratio(5, 1, 8)).toBe('0.625');
    expect(ratio(1, 1, 160000)).toBe('0');
    expect(ratio(1, 1, 20000)).toBe('0.0001');
  });

  it('refuses fractional or negative minutes', () => {
    expect(() => computeMonthlyAchievement({ obligedDays: 1, days: [day('2026-06-01', 1.5)], monthClosed: false })).toThrow(
      expect.objectContaining({ code: 'NOT_A_WHOLE_NUMBER' }),
    );
    expect(() => computeMonthlyAchievement({ obligedDays: -1, days: [], monthClosed: false })).toThrow(expect.objectContaining({ code: 'NOT_A_WHOLE_NUMBER' }));
  });
});

describe('countObligedDays', () => {
  it('removes leave, I, TB and CLTN days and keeps DL, TK and unclassified days', () => {
    const codes = ['CT', 'CS', 'CB', 'CM', 'CAP', 'I', 'TB', 'CLTN', 'DL', 'TK', 'PRESENT', null];
    const days = codes.map((dayCode, i) => ({ date: addDays('2026-06-01', i), dayCode }));
    expect(countObligedDays(days)).toBe(4);
  });

  it('counts a date once', () => {
    expect(
      countObligedDays([
        { date: '2026-06-01', dayCode: 'PRESENT' },
        { date: '2026-06-01', dayCode: 'DL' },
      ]),
    ).toBe(1);
  });
});

describe('activityMinutesByDay', () => {
  it('sums approved minutes and pending claimed minutes per date, ignoring rejected activities', () => {
    const approved = logged({ quantity: '4', startTime: '08:00', endTime: '10:00' });
    approved.approve({ reviewerId: SUPERVISOR, approvedQuantity: '3', note: 'satu belum', isMonthOpen: true, at: new Date() });
    const pending = logged({ quantity: '1', startTime: '10:00', endTime: '11:00' });
    const rejected = logged({ quantity: '5', startTime: '11:00', endTime: '12:00' });
    rejected.reject({ reviewerId: SUPERVISOR, reason: 'bukan tugas', isMonthOpen: true, at: new Date() });
    const nextDay = logged({ date: '2026-06-11', quantity: '2' });

    const byDay = activityMinutesByDay([approved, pending, rejected, nextDay]);

    expect(byDay.get('2026-06-10')).toEqual({ approvedMinutes: 90, pendingMinutes: 30 });
    expect(byDay.get('2026-06-11')).toEqual({ approvedMinutes: 0, pendingMinutes: 60 });
  });
});

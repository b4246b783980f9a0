import { AttendancePolicy, AttendancePolicyProps, defaultAttendancePolicy } from '../../../src/modules/attendance/domain/attendance-policy';
import { latenessBandFor, latenessBandPercent } from '../../../src/modules/attendance/domain/lateness-band';
import { WorkSchedule } from '../../../src/modules/attendance/domain/work-schedule';

const defaults = defaultAttendancePolicy();

function withChange(change: Partial<AttendancePolicyProps>): () => AttendancePolicy {
  return () => AttendancePolicy.create({ ...defaults.props, ...change });
}

describe('the default attendance policy (rules.md §1–2)', () => {
  it('works Monday to Friday, 07:30–16:00 and Friday to 16:30', () => {
    const schedule = defaults.workSchedule;
    expect([1, 2, 3, 4, 5, 6, 7].map((d) => schedule.isWorkingWeekday(d))).toEqual([true, true, true, true, true, false, false]);
    expect(schedule.hoursOn(4)).toEqual({ start: '07:30', end: '16:00', breakStart: '12:00', breakEnd: '13:00' });
    expect(schedule.hoursOn(5)).toEqual({ start: '07:30', end: '16:30', breakStart: '11:30', breakEnd: '13:00' });
  });

  it.each([
    [0, null],
    [1, 1],
    [30, 1],
    [31, 2],
    [60, 2],
    [61, 3],
    [90, 3],
    [91, 4],
    [600, 4],
  ])('bands %i minutes as %p', (minutes, band) => {
    expect(latenessBandFor(minutes, defaults)).toBe(band);
  });

  it('holds percents as exact decimals', () => {
    expect([1, 2, 3, 4].map((b) => latenessBandPercent(b as 1 | 2 | 3 | 4, defaults).toString())).toEqual(['0.5', '1', '1.25', '1.5']);
    expect(defaults.absentWithoutReasonPercent.toString()).toBe('5');
    expect(defaults.dailyDeductionCap.toString()).toBe('5');
    expect(defaults.props.leaveDeductionPercent.I).toBe('2');
    expect(defaults.props.sickLeave).toEqual({ freeWorkingDaysPerEpisode: 3, percentPerDayAfter: '1' });
    expect(defaults.props.shiftEventWindow).toEqual({ minutesBeforeStart: 240, minutesAfterEnd: 360 });
  });
});

describe('policy validation names the offending field', () => {
  const [b1, b2, b3, b4] = defaults.props.bands;

  it.each([
    ['bands[1].fromMinutes', withChange({ bands: [b1, { ...b2, fromMinutes: 30 }, b3, b4] })],
    ['bands[2].fromMinutes', withChange({ bands: [b1, b2, b4, b3] })],
    ['bands[3].toMinutes', withChange({ bands: [b1, b2, b3, { ...b4, toMinutes: 120 }] })],
    ['bands[2].percent', withChange({ bands: [b1, b2, { ...b3, percent: '0.75' }, b4] })],
    ['bands[0].percent', withChange({ bands: [{ ...b1, percent: '0,5' }, b2, b3, b4] })],
    ['absentWithoutReasonPercent', withChange({ absentWithoutReasonPercent: '-5' })],
    ['dailyDeductionCapPercent', withChange({ dailyDeductionCapPercent: '6' })],
    ['latenessCompensation.toleranceMinutes', withChange({ latenessCompensation: { enabled: true, toleranceMinutes: 2.5 } })],
    ['leaveDeductionPercent.I', withChange({ leaveDeductionPercent: { ...defaults.props.leaveDeductionPercent, I: '' } })],
    ['annualLeave.maxAvailableWorkingDays', withChange({ annualLeave: { entitlementWorkingDaysPerYear: 12, maxAvailableWorkingDays: 10 } })],
  ])('%s', (field, create) => {
    expect(create).toThrow(expect.objectContaining({ kind: 'validation', fieldErrors: [expect.objectContaining({ field })] }));
  });

  it('refuses a schedule whose break lies outside its hours', () => {
    const hours = { start: '07:30', end: '16:00', breakStart: '16:00', breakEnd: '17:00' };
    expect(() => WorkSchedule.create({ 1: hours, 2: null, 3: null, 4: null, 5: null, 6: null, 7: null })).toThrow(
      expect.objectContaining({ fieldErrors: [expect.objectContaining({ field: 'workSchedule.1.breakStart' })] }),
    );
  });
});

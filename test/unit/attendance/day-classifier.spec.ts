import { LocalDate } from '../../../src/shared-kernel/local-date';
import { instantAt } from '../../../src/shared-kernel/zone';
import { AttendancePolicy, defaultAttendancePolicy } from '../../../src/modules/attendance/domain/attendance-policy';
import { ClockEvent, clockEventsBelongingToDay } from '../../../src/modules/attendance/domain/clock-event';
import { ClassifyDayInput, classifyDay } from '../../../src/modules/attendance/domain/day-classifier';
import { DayCalendar, DayObligation, officeDayCalendar } from '../../../src/modules/attendance/domain/day-obligation';
import { Permit } from '../../../src/modules/attendance/domain/permit';
import { assertValidShift } from '../../../src/modules/attendance/domain/shift';
import { clockEvents } from './attendance-fixture';

const policy = defaultAttendancePolicy();
const JAKARTA = 'Asia/Jakarta';
const TUESDAY: LocalDate = '2026-06-02';

function local(date: LocalDate, time: string, zone = JAKARTA): string {
  return instantAt(date, time, zone).toISOString();
}

/** An office working day in the unit's zone, the events it owns picked by the domain's own rule. */
function officeDay(date: LocalDate, events: ClockEvent[], extra: Partial<ClassifyDayInput> = {}, zone = JAKARTA): ClassifyDayInput {
  const p = extra.policy ?? policy;
  const calendar = extra.calendar ?? officeDayCalendar(date, p.workSchedule, new Map([['2026-06-16', 'Idul Adha']]));
  const obligation = calendar.kind === 'WORKING' ? calendar.obligation : null;
  return {
    date,
    zone,
    calendar,
    clockEvents: clockEventsBelongingToDay(events, date, zone, obligation, p),
    absences: [],
    employeeStatus: null,
    permits: [],
    policy: p,
    ...extra,
  };
}

describe('lateness is counted in whole minutes, rounded down', () => {
  it('07:30:59 is on time', () => {
    const day = classifyDay(officeDay(TUESDAY, clockEvents([local(TUESDAY, '07:30:59'), 'IN'], [local(TUESDAY, '16:00'), 'OUT'])));
    expect(day).toMatchObject({ codes: ['H'], lateMinutes: 0, clockIn: '07:30:59', deductionPercent: '0' });
  });

  it('07:31:00 is one minute late, a TL1 when not compensated', () => {
    const day = classifyDay(officeDay(TUESDAY, clockEvents([local(TUESDAY, '07:31:00'), 'IN'], [local(TUESDAY, '16:00'), 'OUT'])));
    expect(day).toMatchObject({ codes: ['TL1'], lateMinutes: 1, deductionPercent: '0.5' });
  });
});

describe('lateness compensation', () => {
  it('late 25 and staying until 16:25 is on time', () => {
    const day = classifyDay(officeDay(TUESDAY, clockEvents([local(TUESDAY, '07:55'), 'IN'], [local(TUESDAY, '16:25'), 'OUT'])));
    expect(day).toMatchObject({ codes: ['H'], lateMinutes: 25, earlyMinutes: 0, deductionPercent: '0' });
    expect(day.explanation).toContain('compensated');
  });

  it('late 25 and leaving at 16:24 misses it by one minute', () => {
    const day = classifyDay(officeDay(TUESDAY, clockEvents([local(TUESDAY, '07:55'), 'IN'], [local(TUESDAY, '16:24'), 'OUT'])));
    expect(day).toMatchObject({ codes: ['TL1'], lateMinutes: 25, deductionPercent: '0.5' });
  });

  it('is not applied when the policy switches it off', () => {
    const noCompensation = AttendancePolicy.create({ ...policy.props, latenessCompensation: { enabled: false, toleranceMinutes: 30 } });
    const events = clockEvents([local(TUESDAY, '07:55'), 'IN'], [local(TUESDAY, '17:00'), 'OUT']);
    expect(classifyDay(officeDay(TUESDAY, events, { policy: noCompensation })).codes).toEqual(['TL1']);
  });
});

describe('local days in WITA and WIT', () => {
  it('a WITA employee clocking in 07:40 local (23:40 UTC the day before) is 10 minutes late on that local day', () => {
    const zone = 'Asia/Makassar';
    const events = clockEvents(['2026-06-01T23:40:00Z', 'IN'], ['2026-06-02T08:05:00Z', 'OUT']);
    const day = classifyDay(officeDay(TUESDAY, events, {}, zone));
    expect(day).toMatchObject({ codes: ['TL1'], clockIn: '07:40:00', clockOut: '16:05:00', lateMinutes: 10 });
    expect(clockEventsBelongingToDay(events, '2026-06-01', zone, null, policy)).toEqual([]);
  });

  it('a WIT employee 1 minute late (22:31 UTC the day before) who stays until 16:01 is compensated', () => {
    const events = clockEvents(['2026-06-01T22:31:00Z', 'IN'], ['2026-06-02T07:01:00Z', 'OUT']);
    const day = classifyDay(officeDay(TUESDAY, events, {}, 'Asia/Jayapura'));
    expect(day).toMatchObject({ codes: ['H'], clockIn: '07:31:00', clockOut: '16:01:00', lateMinutes: 1 });
  });
});

describe('a night shift 22:00–06:00 belongs to the date it starts', () => {
  const nightShift: DayObligation = { kind: 'SHIFT', shift: { start: '22:00', end: '06:00', breakMinutes: 60 } };
  const calendar: DayCalendar = { kind: 'WORKING', obligation: nightShift };
  const previousShiftOut = local(TUESDAY, '06:01');
  const nextAfternoon = local('2026-06-03', '13:00');

  it('takes the clock-out after midnight and leaves out events outside [start − 4 h, end + 6 h]', () => {
    const events = clockEvents([previousShiftOut, 'OUT'], [local(TUESDAY, '21:55'), 'IN'], [local('2026-06-03', '06:02'), 'OUT'], [nextAfternoon, 'IN']);
    const input = officeDay(TUESDAY, events, { calendar });
    expect(input.clockEvents.map((e) => e.at.toISOString())).toEqual([local(TUESDAY, '21:55'), local('2026-06-03', '06:02')]);
    expect(classifyDay(input)).toMatchObject({ codes: ['H'], clockIn: '21:55:00', clockOut: '06:02:00', lateMinutes: 0, earlyMinutes: 0 });
  });

  it('leaving at 05:00 is 60 minutes early: PSW2', () => {
    const events = clockEvents([local(TUESDAY, '21:50'), 'IN'], [local('2026-06-03', '05:00'), 'OUT']);
    expect(classifyDay(officeDay(TUESDAY, events, { calendar }))).toMatchObject({ codes: ['PSW2'], earlyMinutes: 60, deductionPercent: '1' });
  });

  it('reads a missing-punch time of 06:10 as the next morning', () => {
    const events = clockEvents([local(TUESDAY, '21:50'), 'IN']);
    const permits: Permit[] = [{ type: 'MISSING_PUNCH', date: TUESDAY, time: '06:10' }];
    expect(classifyDay(officeDay(TUESDAY, events, { calendar, permits }))).toMatchObject({ codes: ['H'], clockOut: '06:10:00' });
  });
});

describe('days without obligation', () => {
  it('a clock event on a holiday neither obliges nor deducts', () => {
    const events = clockEvents([local('2026-06-16', '08:00'), 'IN']);
    const day = classifyDay(officeDay('2026-06-16', events));
    expect(day).toMatchObject({ codes: ['HOLIDAY'], deductionPercent: '0', clockIn: null, lateMinutes: null });
    expect(day.explanation).toContain('Idul Adha');
  });
});

describe('permits', () => {
  it('an approved LATE_ARRIVAL permit removes the TL of that day only', () => {
    const events = clockEvents([local(TUESDAY, '09:10'), 'IN'], [local(TUESDAY, '15:00'), 'OUT']);
    const permits: Permit[] = [{ type: 'LATE_ARRIVAL', date: TUESDAY }];
    expect(classifyDay(officeDay(TUESDAY, events)).codes).toEqual(['TL4', 'PSW2']);
    expect(classifyDay(officeDay(TUESDAY, events, { permits }))).toMatchObject({ codes: ['PSW2'], lateMinutes: 100, deductionPercent: '1' });
    const otherDay: Permit[] = [{ type: 'LATE_ARRIVAL', date: '2026-06-03' }];
    expect(classifyDay(officeDay(TUESDAY, events, { permits: otherDay })).codes).toEqual(['TL4', 'PSW2']);
  });

  it('an approved EARLY_LEAVE permit removes the PSW', () => {
    const events = clockEvents([local(TUESDAY, '07:20'), 'IN'], [local(TUESDAY, '14:00'), 'OUT']);
    expect(classifyDay(officeDay(TUESDAY, events, { permits: [{ type: 'EARLY_LEAVE', date: TUESDAY }] })).codes).toEqual(['H']);
  });

  it('a missing clock-out with an approved MISSING_PUNCH is classified with the supplied time', () => {
    const events = clockEvents([local(TUESDAY, '07:20'), 'IN']);
    expect(classifyDay(officeDay(TUESDAY, events)).codes).toEqual(['PSW4']);
    const supplied = classifyDay(officeDay(TUESDAY, events, { permits: [{ type: 'MISSING_PUNCH', date: TUESDAY, time: '15:45' }] }));
    expect(supplied).toMatchObject({ codes: ['PSW1'], clockOut: '15:45:00', earlyMinutes: 15, deductionPercent: '0.5' });
    expect(supplied.explanation).toContain('missing-punch permit');
  });

  it('a MISSING_PUNCH permit without a time is refused', () => {
    const input = officeDay(TUESDAY, clockEvents([local(TUESDAY, '07:20'), 'IN']), { permits: [{ type: 'MISSING_PUNCH', date: TUESDAY }] });
    expect(() => classifyDay(input)).toThrow(expect.objectContaining({ kind: 'validation', code: 'MISSING_PUNCH_TIME_REQUIRED' }));
  });
});

describe('the per-day cap', () => {
  it('limits TL + PSW to the policy cap (2.5 % under a policy whose TK costs 2.5 %)', () => {
    const lenient = AttendancePolicy.create({ ...policy.props, absentWithoutReasonPercent: '2.5', dailyDeductionCapPercent: '2.5' });
    const events = clockEvents([local(TUESDAY, '09:10'), 'IN'], [local(TUESDAY, '14:00'), 'OUT']);
    expect(classifyDay(officeDay(TUESDAY, events)).deductionPercent).toBe('3');
    const day = classifyDay(officeDay(TUESDAY, events, { policy: lenient }));
    expect(day).toMatchObject({ codes: ['TL4', 'PSW4'], deductionPercent: '2.5' });
    expect(day.explanation).toContain('capped');
  });
});

describe('untyped device punches', () => {
  it('a single untyped punch before the midpoint (11:45) is a clock-in', () => {
    expect(classifyDay(officeDay(TUESDAY, clockEvents([local(TUESDAY, '11:44')])))).toMatchObject({ codes: ['TL4', 'PSW4'], clockIn: '11:44:00', clockOut: null });
  });

  it('a single untyped punch from the midpoint on is a clock-out', () => {
    expect(classifyDay(officeDay(TUESDAY, clockEvents([local(TUESDAY, '11:45')])))).toMatchObject({
      codes: ['TL4', 'PSW4'],
      clockIn: null,
      clockOut: '11:45:00',
      earlyMinutes: 255,
    });
  });

  it('of several untyped punches the earliest is the clock-in and the latest the clock-out', () => {
    const events = clockEvents([local(TUESDAY, '12:00')], [local(TUESDAY, '16:05')], [local(TUESDAY, '07:25')]);
    expect(classifyDay(officeDay(TUESDAY, events))).toMatchObject({ codes: ['H'], clockIn: '07:25:00', clockOut: '16:05:00' });
  });
});

describe('excused days', () => {
  it('unpaid leave (CLTN) from the status history wins over a leave request and costs no attendance deduction', () => {
    const input = officeDay(TUESDAY, [], { employeeStatus: 'CLTN', absences: [{ type: 'I', startDate: TUESDAY, endDate: TUESDAY }] });
    expect(classifyDay(input)).toMatchObject({ codes: ['CLTN'], deductionPercent: '0' });
  });

  it('a sick-leave day without its episode day number is refused rather than guessed', () => {
    const input = officeDay(TUESDAY, [], { absences: [{ type: 'CS', startDate: TUESDAY, endDate: TUESDAY }] });
    expect(() => classifyDay(input)).toThrow(expect.objectContaining({ code: 'SICK_LEAVE_EPISODE_DAY_REQUIRED' }));
  });
});

describe('shift validation', () => {
  it('accepts a night shift and refuses a break as long as the shift', () => {
    expect(() => assertValidShift({ start: '22:00', end: '06:00', breakMinutes: 60 })).not.toThrow();
    expect(() => assertValidShift({ start: '22:00', end: '06:00', breakMinutes: 480 })).toThrow(
      expect.objectContaining({ fieldErrors: [expect.objectContaining({ field: 'shift.breakMinutes' })] }),
    );
  });
});

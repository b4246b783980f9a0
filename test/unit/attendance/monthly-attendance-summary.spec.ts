import { LocalDate, eachDay } from '../../../src/shared-kernel/local-date';
import { firstDayOf, lastDayOf } from '../../../src/shared-kernel/year-month';
import { instantAt } from '../../../src/shared-kernel/zone';
import { Absence } from '../../../src/modules/attendance/domain/absence';
import { defaultAttendancePolicy } from '../../../src/modules/attendance/domain/attendance-policy';
import { ClockEvent, clockEventsBelongingToDay } from '../../../src/modules/attendance/domain/clock-event';
import { ClassifyDayInput } from '../../../src/modules/attendance/domain/day-classifier';
import { officeDayCalendar } from '../../../src/modules/attendance/domain/day-obligation';
import { classifyMonth, summarizeMonth } from '../../../src/modules/attendance/domain/monthly-attendance-summary';

const policy = defaultAttendancePolicy();
const ZONE = 'Asia/Jakarta';
const JUNE = '2026-06';
const HOLIDAYS = new Map([['2026-06-16', 'Idul Adha']]);

function punches(date: LocalDate, clockIn: string | null, clockOut: string | null): ClockEvent[] {
  const events: ClockEvent[] = [];
  if (clockIn) events.push({ at: instantAt(date, clockIn, ZONE), direction: 'IN' });
  if (clockOut) events.push({ at: instantAt(date, clockOut, ZONE), direction: 'OUT' });
  return events;
}

/** June 2026 for one office employee: on time (07:25–16:35) unless `overrides` gives the day's punches. */
function june(overrides: Record<LocalDate, [string | null, string | null]>, absences: Absence[] = []): ClassifyDayInput[] {
  const allEvents = eachDay(firstDayOf(JUNE), lastDayOf(JUNE)).flatMap((date) => {
    const calendar = officeDayCalendar(date, policy.workSchedule, HOLIDAYS);
    if (calendar.kind !== 'WORKING') return [];
    const [clockIn, clockOut] = overrides[date] ?? ['07:25', '16:35'];
    return punches(date, clockIn, clockOut);
  });
  return eachDay(firstDayOf(JUNE), lastDayOf(JUNE)).map((date) => {
    const calendar = officeDayCalendar(date, policy.workSchedule, HOLIDAYS);
    return {
      date,
      zone: ZONE,
      calendar,
      clockEvents: clockEventsBelongingToDay(allEvents, date, ZONE, calendar.kind === 'WORKING' ? calendar.obligation : null, policy),
      absences,
      employeeStatus: null,
      permits: [],
      policy,
    };
  });
}

describe('worked example A of rules.md §8 (June 2026, holiday 2026-06-16)', () => {
  const days = classifyMonth(
    june(
      {
        '2026-06-01': ['07:45', '16:00'],
        '2026-06-03': ['07:45', '16:00'],
        '2026-06-09': ['07:50', '16:25'],
        '2026-06-05': ['07:25', '16:14'],
        '2026-06-08': [null, null],
      },
      [{ type: 'CT', startDate: '2026-06-11', endDate: '2026-06-12' }],
    ),
    0,
  );
  const summary = summarizeMonth(JUNE, days, 0, policy);

  it('has 21 working days and ATTENDANCE 6.5 %, LEAVE 0', () => {
    expect(summary).toMatchObject({ month: JUNE, workingDays: 21, attendancePercent: '6.5', leavePercent: '0' });
  });

  it('counts each code', () => {
    expect(summary.counts).toEqual({ H: 15, TL1: 2, PSW1: 1, TK: 1, CT: 2, HOLIDAY: 1, OFF: 8 });
  });

  it('forgives the Tuesday lateness of 20 minutes made up until 16:25', () => {
    expect(days.find((d) => d.date === '2026-06-09')).toMatchObject({ codes: ['H'], lateMinutes: 20 });
  });
});

describe('sick leave episodes', () => {
  it('gives the first 3 working days of an episode free, holidays and weekends not counting', () => {
    const sick: Absence = { type: 'CS', startDate: '2026-06-11', endDate: '2026-06-19' };
    const days = classifyMonth(june({}, [sick]), 0);
    const costs = days.filter((d) => d.codes.includes('CS')).map((d) => [d.date, d.deductionPercent]);
    expect(costs).toEqual([
      ['2026-06-11', '0'],
      ['2026-06-12', '0'],
      ['2026-06-15', '0'],
      ['2026-06-17', '1'],
      ['2026-06-18', '1'],
      ['2026-06-19', '1'],
    ]);
    expect(summarizeMonth(JUNE, days, 0, policy)).toMatchObject({ leavePercent: '3', attendancePercent: '0' });
  });

  it('continues an episode that started in the previous month', () => {
    const sick: Absence = { type: 'CS', startDate: '2026-05-28', endDate: '2026-06-03' };
    const days = classifyMonth(june({}, [sick]), 2);
    expect(days.filter((d) => d.codes.includes('CS')).map((d) => d.deductionPercent)).toEqual(['0', '1', '1']);
    expect(summarizeMonth(JUNE, days, 2, policy).leavePercent).toBe('2');
  });

  it('starts a new episode after a working day back at work', () => {
    const absences: Absence[] = [
      { type: 'CS', startDate: '2026-06-01', endDate: '2026-06-03' },
      { type: 'CS', startDate: '2026-06-05', endDate: '2026-06-09' },
    ];
    const days = classifyMonth(june({}, absences), 0);
    expect(days.filter((d) => d.codes.includes('CS')).map((d) => d.deductionPercent)).toEqual(['0', '0', '0', '0', '0', '0']);
  });
});

describe('LEAVE line', () => {
  it('adds 2 % per full-day permission (I) and nothing for DL', () => {
    const absences: Absence[] = [
      { type: 'I', startDate: '2026-06-22', endDate: '2026-06-23' },
      { type: 'DL', startDate: '2026-06-24', endDate: '2026-06-26' },
    ];
    const summary = summarizeMonth(JUNE, classifyMonth(june({}, absences), 0), 0, policy);
    expect(summary).toMatchObject({ leavePercent: '4', attendancePercent: '0' });
    expect(summary.counts).toMatchObject({ I: 2, DL: 3 });
  });
});

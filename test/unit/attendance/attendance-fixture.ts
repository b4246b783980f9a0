import { LocalDate, eachDay } from '../../../src/shared-kernel/local-date';
import { Absence, absenceCovers } from '../../../src/modules/attendance/domain/absence';
import { AttendancePolicy, defaultAttendancePolicy } from '../../../src/modules/attendance/domain/attendance-policy';
import { ClockEvent, clockEventsBelongingToDay } from '../../../src/modules/attendance/domain/clock-event';
import { ClassifyDayInput } from '../../../src/modules/attendance/domain/day-classifier';
import { officeDayCalendar } from '../../../src/modules/attendance/domain/day-obligation';
import { numberSickLeaveEpisodeDays } from '../../../src/modules/attendance/domain/leave-deduction';

/** One case of test/fixtures/attendance-days.json. */
export interface AttendanceDayCase {
  name: string;
  date: LocalDate;
  timeZone: string;
  holidays: LocalDate[];
  absences: Absence[];
  clockEvents: { at: string; direction?: 'IN' | 'OUT' }[];
  expected: { codes: string[]; deductionPercent: string };
}

export function clockEvents(...events: [string, ('IN' | 'OUT' | null)?][]): ClockEvent[] {
  return events.map(([at, direction]) => ({ at: new Date(at), direction: direction ?? null }));
}

/**
 * Builds the classifier's input the way the application layer will: the office calendar of the date, the
 * events that belong to it, and for sick leave the day's number within its episode counted from the month start.
 */
export function officeDayInput(c: AttendanceDayCase, policy: AttendancePolicy = defaultAttendancePolicy()): ClassifyDayInput {
  const holidays = new Map(c.holidays.map((d) => [d, 'holiday'] as [LocalDate, string]));
  const calendar = officeDayCalendar(c.date, policy.workSchedule, holidays);
  const events = clockEvents(...c.clockEvents.map((e) => [e.at, e.direction] as [string, 'IN' | 'OUT' | undefined]));
  const monthSoFar = eachDay(`${c.date.slice(0, 7)}-01`, c.date).map((date) => ({
    date,
    isWorkingDay: officeDayCalendar(date, policy.workSchedule, holidays).kind === 'WORKING',
    isSickLeave: c.absences.some((a) => a.type === 'CS' && absenceCovers(a, date)),
  }));
  return {
    date: c.date,
    zone: c.timeZone,
    calendar,
    clockEvents: clockEventsBelongingToDay(events, c.date, c.timeZone, calendar.kind === 'WORKING' ? calendar.obligation : null, policy),
    absences: c.absences,
    employeeStatus: null,
    permits: [],
    sickLeaveEpisodeWorkingDay: numberSickLeaveEpisodeDays(monthSoFar, 0).get(c.date) ?? null,
    policy,
  };
}

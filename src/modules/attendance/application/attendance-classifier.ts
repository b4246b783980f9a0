import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock } from '../../../shared-kernel/clock';
import { LocalDate, addDays } from '../../../shared-kernel/local-date';
import { YearMonth, firstDayOf, lastDayOf } from '../../../shared-kernel/year-month';
import { instantAt, localDateOf } from '../../../shared-kernel/zone';
import { WorkCalendarsFacade, WorkDay } from '../../organization/public/work-calendars.facade';
import { Absence, absenceCovers } from '../domain/absence';
import { StatusAbsenceCode } from '../domain/attendance-code';
import { ClockEvent, clockEventsBelongingToDay } from '../domain/clock-event';
import { ClassifiedDay, ClassifyDayInput } from '../domain/day-classifier';
import { AttendancePolicy } from '../domain/attendance-policy';
import { DayCalendar, dutyPeriodOf } from '../domain/day-obligation';
import { numberSickLeaveEpisodeDays } from '../domain/leave-deduction';
import { MonthlyAttendanceSummary, classifyMonth, summarizeMonth } from '../domain/monthly-attendance-summary';
import { Permit } from '../domain/permit';
import { PolicyTimeline } from '../domain/policy-timeline';
import { PolicyBook } from './policy-book';
import { AbsenceRequests } from './ports/absence-requests';
import { ClockEventStore, StoredClockEvent } from './ports/clock-event-store';
import { PermitRequests } from './ports/permit-requests';

/** A sick-leave episode running in from before the range is looked for this far back (working days beyond the free ones do not matter). */
const SICK_LEAVE_LOOKBACK_DAYS = 60;
const FALLBACK_ZONE = 'Asia/Jakarta';
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Employees classified per round trip: bounds memory while keeping every query set-based. */
export const CLASSIFICATION_CHUNK = 2_500;

export interface ClassifiedRange {
  days: AttendanceDay[];
  /** Working days of a sick-leave episode that ran in from before the range (the 3-day rule). */
  csWorkingDaysAlreadyUsed: number;
}

/**
 * The application side of rules.md §2: gathers, for many employees at once, what the domain classifier needs —
 * the organisation's calendar (zone, schedule, inherited holidays, shifts, status, placement), clock events,
 * approved absences and permits, and the policy version in force each day — in a fixed number of queries.
 */
@Injectable()
export class AttendanceClassifier {
  constructor(
    private readonly calendars: WorkCalendarsFacade,
    private readonly clockEvents: ClockEventStore,
    private readonly absences: AbsenceRequests,
    private readonly permits: PermitRequests,
    private readonly policies: PolicyBook,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async classify(employeeIds: string[], from: LocalDate, to: LocalDate, timeline?: PolicyTimeline): Promise<Map<string, ClassifiedRange>> {
    const policies = timeline ?? (await this.policies.timeline());
    const result = new Map<string, ClassifiedRange>();
    for (let i = 0; i < employeeIds.length; i += CLASSIFICATION_CHUNK) {
      const chunk = employeeIds.slice(i, i + CLASSIFICATION_CHUNK);
      for (const [id, range] of await this.classifyChunk(chunk, from, to, policies)) result.set(id, range);
    }
    return result;
  }

  /**
   * Summaries of a month for many employees, chunk by chunk; the classified days are kept only when asked for,
   * so a close over a hundred thousand employees holds one chunk's days at a time.
   */
  async monthlySummaries(
    employeeIds: string[],
    month: YearMonth,
    options: { keepDays: boolean; calendars?: ReadonlyMap<string, WorkDay[]> },
  ): Promise<Map<string, { summary: MonthlyAttendanceSummary; days: AttendanceDay[] | null }>> {
    const timeline = await this.policies.timeline();
    const policy = timeline.on(lastDayOf(month));
    const result = new Map<string, { summary: MonthlyAttendanceSummary; days: AttendanceDay[] | null }>();
    for (let i = 0; i < employeeIds.length; i += CLASSIFICATION_CHUNK) {
      const ranges = await this.classifyChunk(employeeIds.slice(i, i + CLASSIFICATION_CHUNK), firstDayOf(month), lastDayOf(month), timeline, options.calendars);
      for (const [id, range] of ranges) {
        const summary = summarizeMonth(month, range.days, range.csWorkingDaysAlreadyUsed, policy);
        result.set(id, { summary, days: options.keepDays ? range.days : null });
      }
    }
    return result;
  }

  /** `known`: the work calendars of exactly [from, to] the caller already read (the close reads them once per chunk). */
  private async classifyChunk(
    employeeIds: string[],
    from: LocalDate,
    to: LocalDate,
    policies: PolicyTimeline,
    known?: ReadonlyMap<string, WorkDay[]>,
  ): Promise<Map<string, ClassifiedRange>> {
    const lookbackFrom = addDays(from, -SICK_LEAVE_LOOKBACK_DAYS);
    // Every zone's local day lies within a day of the UTC one; a night shift reaches into the next morning.
    const eventsFrom = new Date(Date.parse(`${from}T00:00:00Z`) - 2 * DAY_MS);
    const eventsTo = new Date(Date.parse(`${to}T00:00:00Z`) + 3 * DAY_MS);
    // One after another: inside the close's transaction they share one connection, which runs one query at a time
    // anyway (node-postgres deprecates queueing concurrent queries on a client, and pg 9 refuses them).
    const calendars = known ?? (await this.calendars.workCalendars(employeeIds, from, to));
    const events = await this.clockEvents.between(employeeIds, eventsFrom, eventsTo);
    const absences = await this.absences.approved(employeeIds, lookbackFrom, to);
    const permits = await this.permits.approved(employeeIds, from, to);
    const eventsBy = groupBy(events, (e) => e.employeeId);
    const absencesBy = groupBy(
      absences.map((a) => ({ employeeId: a.employeeId, absence: { id: a.id, type: a.type, startDate: a.startDate, endDate: a.endDate } })),
      (a) => a.employeeId,
    );
    const permitsBy = groupBy(permits, (p) => p.employeeId);
    const sickBefore = await this.sickLeaveRunningIn(
      employeeIds.filter((id) => (absencesBy.get(id) ?? []).some((a) => a.absence.type === 'CS' && a.absence.startDate < from)),
      lookbackFrom,
      addDays(from, -1),
      absencesBy,
    );

    const result = new Map<string, ClassifiedRange>();
    for (const employeeId of employeeIds) {
      const workDays = calendars.get(employeeId) ?? [];
      const employeeAbsences = (absencesBy.get(employeeId) ?? []).map((a) => a.absence);
      const employeePermits: Permit[] = (permitsBy.get(employeeId) ?? []).map((p) => ({ type: p.type, date: p.date, time: p.time }));
      const eventsOnLocalDate = localDateBuckets(eventsBy.get(employeeId) ?? [], workDays);
      const inputs = workDays.map((wd): ClassifyDayInput => {
        const zone = wd.timeZone ?? FALLBACK_ZONE;
        const policy = policies.on(wd.date);
        const calendar = dayCalendarOf(wd);
        const obligation = calendar.kind === 'WORKING' ? calendar.obligation : null;
        const candidates = obligation?.kind === 'SHIFT' ? [-1, 0, 1, 2].flatMap((d) => eventsOnLocalDate(zone, addDays(wd.date, d))) : eventsOnLocalDate(zone, wd.date);
        return {
          date: wd.date,
          zone,
          calendar,
          clockEvents: obligation?.kind === 'SHIFT' ? clockEventsBelongingToDay(candidates, wd.date, zone, obligation, policy) : candidates,
          absences: employeeAbsences,
          employeeStatus: statusAbsenceOf(wd),
          permits: employeePermits,
          policy,
        };
      });
      const csWorkingDaysAlreadyUsed = sickBefore.get(employeeId) ?? 0;
      const now = this.clock.now();
      const days = classifyMonth(inputs, csWorkingDaysAlreadyUsed).map((day, i) => asOfNow(explainIneligible(day, workDays[i]), workDays[i], now, inputs[i].policy));
      result.set(employeeId, { days, csWorkingDaysAlreadyUsed });
    }
    return result;
  }

  /** For each employee, the working days of a sick-leave episode still running on the day before the range. */
  private async sickLeaveRunningIn(employeeIds: string[], from: LocalDate, to: LocalDate, absencesBy: Map<string, Array<{ absence: Absence }>>): Promise<Map<string, number>> {
    const result = new Map<string, number>();
    if (employeeIds.length === 0) return result;
    const calendars = await this.calendars.workCalendars(employeeIds, from, to);
    for (const employeeId of employeeIds) {
      const sick = (absencesBy.get(employeeId) ?? []).map((a) => a.absence).filter((a) => a.type === 'CS');
      const days = (calendars.get(employeeId) ?? []).map((wd) => ({
        date: wd.date,
        isWorkingDay: dayCalendarOf(wd).kind === 'WORKING',
        isSickLeave: statusAbsenceOf(wd) === null && sick.some((a) => absenceCovers(a, wd.date)),
      }));
      const lastWorkingDay = days.filter((d) => d.isWorkingDay).pop();
      if (lastWorkingDay) result.set(employeeId, numberSickLeaveEpisodeDays(days, 0).get(lastWorkingDay.date) ?? 0);
    }
    return result;
  }
}

/**
 * How the organisation's calendar makes the day for attendance (rules.md §1): a rostered shift is an explicit
 * order to work, so it wins over a holiday; otherwise a holiday, then the unit's office hours. A day without
 * an eligible placement (no definitive position, suspended, retired) carries no obligation.
 */
export function dayCalendarOf(wd: WorkDay): DayCalendar {
  if (!isEligible(wd)) return { kind: 'OFF' };
  if (wd.shift) return { kind: 'WORKING', obligation: { kind: 'SHIFT', shift: wd.shift } };
  if (wd.holiday) return { kind: 'HOLIDAY', holidayName: wd.holiday.name };
  if (wd.hours) return { kind: 'WORKING', obligation: { kind: 'SCHEDULE', hours: wd.hours } };
  return { kind: 'OFF' };
}

/** A cuti bersama day on which the employee would otherwise work: charged to annual leave (rules.md §2). */
export function isCutiBersamaWorkingDay(wd: WorkDay): boolean {
  return isEligible(wd) && wd.holiday?.collectiveLeave === true && wd.hours !== null && wd.shift === null;
}

function isEligible(wd: WorkDay): boolean {
  return wd.positionId !== null && wd.status !== null && wd.status !== 'SUSPENDED' && wd.status !== 'RETIRED';
}

function statusAbsenceOf(wd: WorkDay): StatusAbsenceCode | null {
  if (wd.status === 'UNPAID_LEAVE') return 'CLTN';
  if (wd.status === 'STUDY_ASSIGNMENT') return 'TB';
  return null;
}

function explainIneligible(day: ClassifiedDay, wd: WorkDay): ClassifiedDay {
  if (isEligible(wd)) return day;
  const why =
    wd.positionId === null
      ? 'the employee holds no definitive position that day'
      : wd.status === null
        ? 'the employee was not yet in service'
        : `the employee's status is ${wd.status}`;
  return { ...day, explanation: `${day.date} is not a working day for this employee (${why}): nothing is deducted.` };
}

const UNFINISHED_DAY_CODES = new Set(['TK', 'TL1', 'TL2', 'TL3', 'TL4', 'PSW1', 'PSW2', 'PSW3', 'PSW4', 'H']);

/**
 * Where a day stands at the moment it is read: `OVER` once no clock event can belong to it any more, so its
 * codes and deduction are its judgement; `IN_PROGRESS` while it runs; `UPCOMING` before it starts.
 */
export type DayStatus = 'OVER' | 'IN_PROGRESS' | 'UPCOMING';

export interface AttendanceDay extends ClassifiedDay {
  readonly status: DayStatus;
}

/**
 * The instant after which no clock event can belong to the day any more (rules.md §1): midnight ending its date
 * in the unit's zone, or, for a shift that reaches beyond it, the close of the shift's event window.
 */
function dayEndsAt(wd: WorkDay, zone: string, policy: AttendancePolicy): Date {
  const midnight = instantAt(addDays(wd.date, 1), '00:00', zone);
  const calendar = dayCalendarOf(wd);
  if (calendar.kind !== 'WORKING' || calendar.obligation.kind !== 'SHIFT') return midnight;
  const windowCloses = dutyPeriodOf(wd.date, zone, calendar.obligation).end.getTime() + policy.props.shiftEventWindow.minutesAfterEnd * MINUTE_MS;
  return new Date(Math.max(midnight.getTime(), windowCloses));
}

/**
 * A working day is judged only once it is over: until then TK, lateness and early leave are not facts yet, so
 * the day shows the punches so far and costs nothing. Approved leave, holidays and days off are known in
 * advance and keep their codes.
 */
function asOfNow(day: ClassifiedDay, wd: WorkDay, now: Date, policy: AttendancePolicy): AttendanceDay {
  const zone = wd.timeZone ?? FALLBACK_ZONE;
  const status: DayStatus = now >= dayEndsAt(wd, zone, policy) ? 'OVER' : day.date <= localDateOf(now, zone) ? 'IN_PROGRESS' : 'UPCOMING';
  if (status === 'OVER' || !day.codes.every((c) => UNFINISHED_DAY_CODES.has(c))) return { ...day, status };
  const pending = { ...day, status, codes: [], lateMinutes: null, earlyMinutes: null, deductionPercent: '0' };
  if (status === 'UPCOMING') return { ...pending, explanation: `${day.date} has not come yet: attendance is recorded on the day.` };
  const punches = [day.clockIn && `clocked in at ${day.clockIn}`, day.clockOut && `clocked out at ${day.clockOut}`].filter(Boolean).join(', ');
  return {
    ...pending,
    explanation: `${day.date} is still under way (${punches || 'no clock event yet'}): the day is judged once it is over in ${zone}, and nothing is deducted before.`,
  };
}

/**
 * The employee's events grouped by local date in each zone their days are read in, computed once, so each day
 * picks its events without scanning the month.
 */
function localDateBuckets(events: StoredClockEvent[], workDays: WorkDay[]): (zone: string, date: LocalDate) => ClockEvent[] {
  const byZone = new Map<string, Map<LocalDate, ClockEvent[]>>();
  for (const zone of new Set(workDays.map((d) => d.timeZone ?? FALLBACK_ZONE))) {
    const buckets = new Map<LocalDate, ClockEvent[]>();
    for (const e of events) {
      const date = localDateOf(e.at, zone);
      const bucket = buckets.get(date);
      const event = { at: e.at, direction: e.direction };
      if (bucket) bucket.push(event);
      else buckets.set(date, [event]);
    }
    byZone.set(zone, buckets);
  }
  return (zone, date) => byZone.get(zone)?.get(date) ?? [];
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

import { Injectable } from '@nestjs/common';
import { LocalDate, eachDay, maxDate, minDate } from '../../../shared-kernel/local-date';
import { YearMonth } from '../../../shared-kernel/year-month';
import { WorkDay } from '../../organization/public/work-calendars.facade';
import { AttendanceClassifier, AttendanceDay } from '../application/attendance-classifier';
import { PolicyBook } from '../application/policy-book';
import { AbsenceRequests } from '../application/ports/absence-requests';
import { MonthlyAttendanceSummary } from '../domain/monthly-attendance-summary';
import { StoredPolicyParameters, toStoredParameters } from '../domain/policy-timeline';

export type { AttendanceDay, DayStatus } from '../application/attendance-classifier';
export type { MonthlyAttendanceSummary } from '../domain/monthly-attendance-summary';
export type { AttendanceCode } from '../domain/attendance-code';
export * from './events';

export interface EmployeeMonthAttendance {
  employeeId: string;
  summary: MonthlyAttendanceSummary;
  /** One entry per calendar day: codes, clock times, minutes, deduction percent (decimal string), explanation, and whether it is over. */
  days: AttendanceDay[];
}

/**
 * What other modules (the monthly close above all) may ask of Attendance. Summaries of many employees come
 * from a fixed number of set-based queries per chunk of employees, never one query per employee.
 */
@Injectable()
export class AttendanceFacade {
  constructor(
    private readonly classifier: AttendanceClassifier,
    private readonly policies: PolicyBook,
    private readonly absences: AbsenceRequests,
  ) {}

  /** Approved full-day absences (CT, CS, CB, CM, CAP, DL, I) of each employee, by date within [from, to]: one query. */
  async approvedAbsenceDays(employeeIds: string[], from: LocalDate, to: LocalDate): Promise<Map<string, Map<LocalDate, string>>> {
    const result = new Map<string, Map<LocalDate, string>>();
    for (const a of await this.absences.approved(employeeIds, from, to)) {
      const days = result.get(a.employeeId) ?? new Map<LocalDate, string>();
      for (const date of eachDay(maxDate(a.startDate, from), minDate(a.endDate, to))) days.set(date, a.type);
      result.set(a.employeeId, days);
    }
    return result;
  }

  /** Every day of [from, to] classified (codes such as H, TL1, TK, CT, HOLIDAY, OFF) for each employee. */
  async classifiedDayCodes(employeeIds: string[], from: LocalDate, to: LocalDate): Promise<Map<string, Map<LocalDate, string[]>>> {
    const result = new Map<string, Map<LocalDate, string[]>>();
    for (const [employeeId, range] of await this.classifier.classify(employeeIds, from, to)) {
      result.set(employeeId, new Map(range.days.map((d) => [d.date, [...d.codes]])));
    }
    return result;
  }

  /** Each employee's month summary (counts per code, ATTENDANCE and LEAVE percents): what the monthly close needs. */
  async monthlySummaries(employeeIds: string[], month: YearMonth): Promise<Map<string, MonthlyAttendanceSummary>> {
    const result = new Map<string, MonthlyAttendanceSummary>();
    for (const [employeeId, { summary }] of await this.classifier.monthlySummaries(employeeIds, month, { keepDays: false })) result.set(employeeId, summary);
    return result;
  }

  /**
   * The summary with every classified day (codes, minutes, percents, explanation): for a statement's inputs.
   * `calendars`: organization's work calendars of these employees for the whole month, when the caller has
   * already read them (the close does, once per chunk); otherwise they are read here.
   */
  async monthlyAttendance(employeeIds: string[], month: YearMonth, calendars?: ReadonlyMap<string, WorkDay[]>): Promise<Map<string, EmployeeMonthAttendance>> {
    const result = new Map<string, EmployeeMonthAttendance>();
    for (const [employeeId, { summary, days }] of await this.classifier.monthlySummaries(employeeIds, month, { keepDays: true, calendars })) {
      result.set(employeeId, { employeeId, summary, days: days! });
    }
    return result;
  }

  /** The attendance policy version in force on `date` (null id: the rules.md defaults), for a statement's inputs. */
  async policyOn(date: LocalDate): Promise<{ id: string | null; effectiveFrom: LocalDate | null; parameters: StoredPolicyParameters }> {
    const version = (await this.policies.timeline()).versionOn(date);
    return { id: version.id, effectiveFrom: version.effectiveFrom, parameters: toStoredParameters(version.policy) };
  }
}

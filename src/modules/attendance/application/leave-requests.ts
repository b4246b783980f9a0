import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../shared-kernel/domain-error';
import { LocalDate, addDays, eachDay } from '../../../shared-kernel/local-date';
import { YearMonth, yearMonthOf } from '../../../shared-kernel/year-month';
import { Actor } from '../../../platform/auth/actor';
import { PeriodLock } from '../../../platform/period-lock/period-lock';
import { AccessPolicy } from '../../organization/public/access-policy';
import { SupervisionFacade } from '../../organization/public/supervision.facade';
import { WorkCalendarsFacade, WorkDay } from '../../organization/public/work-calendars.facade';
import { AnnualLeaveBalance, annualLeaveBalance } from '../domain/annual-leave';
import { AttendanceRepository } from '../infrastructure/persistence/attendance.repository';
import { dayCalendarOf, isCutiBersamaWorkingDay } from './attendance-classifier';
import { PolicyBook } from './policy-book';

/** How a request for leave or a permit came in: filed by the employee, or recorded by HR / the unit admin. */
export type Filing = { status: 'SUBMITTED' } | { status: 'APPROVED' };

/** What absences and permits share: who files and decides, and the month-open check of every date touched. */
@Injectable()
export class LeaveRequests {
  constructor(
    private readonly access: AccessPolicy,
    private readonly supervision: SupervisionFacade,
    private readonly calendars: WorkCalendarsFacade,
    private readonly repo: AttendanceRepository,
    private readonly policies: PolicyBook,
    private readonly periods: PeriodLock,
  ) {}

  /**
   * The employee files their own request (SUBMITTED, for the supervisor to decide); HR or the unit admin in
   * scope records one directly (APPROVED). Anybody else is refused.
   */
  async filing(actor: Actor, employeeId: string, date: LocalDate): Promise<Filing> {
    if (actor.isEmployee(employeeId)) return { status: 'SUBMITTED' };
    await this.access.assertCanAdministerEmployee(actor, employeeId, date);
    return { status: 'APPROVED' };
  }

  /** Only the employee's supervisor on the request's date decides: the definitive head, a Plt or a Plh. */
  async assertDecider(actor: Actor, employeeId: string, date: LocalDate): Promise<void> {
    const supervisor = await this.supervision.supervisorOn(employeeId, date);
    if (actor.employeeId === null || supervisor?.employeeId !== actor.employeeId) {
      throw DomainError.forbidden(`Only the employee's supervisor on ${date} (the head of the superior position, a Plt or a Plh) decides this request.`);
    }
  }

  async assertMonthsOpen(from: LocalDate, to: LocalDate): Promise<void> {
    const months = new Set<YearMonth>();
    for (let d = from; d <= to; d = addDays(d, 1)) months.add(yearMonthOf(d));
    for (const month of months) await this.periods.assertOpen(month);
  }

  /** Serialises the requests of one employee, so two concurrent CT requests cannot both spend the last days. */
  async lockEmployee(employeeId: string): Promise<void> {
    await this.repo.lockEmployeeRequests(employeeId);
  }

  /** The employee's working days in [from, to] (what annual leave is counted in). */
  async workingDays(employeeId: string, from: LocalDate, to: LocalDate): Promise<LocalDate[]> {
    const days = (await this.calendars.workCalendars([employeeId], from, to)).get(employeeId) ?? [];
    return days.filter((d) => dayCalendarOf(d).kind === 'WORKING').map((d) => d.date);
  }

  /**
   * The annual-leave balance of a year: 12 working days, plus what the previous year left unused (up to 18 in
   * all), minus CT requested or approved and the year's cuti bersama working days. The carry-over looks one
   * year back, where the entitlement itself was spent first.
   */
  async annualLeave(employeeId: string, year: number, excludeAbsenceId?: string): Promise<AnnualLeaveBalance> {
    const from = `${year - 1}-01-01`;
    const to = `${year}-12-31`;
    const calendar = (await this.calendars.workCalendars([employeeId], from, to)).get(employeeId) ?? [];
    const ct = (await this.repo.absencesInForce(employeeId, from, to)).filter((a) => a.type === 'CT' && a.id !== excludeAbsenceId);
    const usage = (y: number) => {
      const days = calendar.filter((d) => d.date.startsWith(`${y}-`));
      const working = new Set(days.filter((d) => dayCalendarOf(d).kind === 'WORKING').map((d) => d.date));
      const taken = ct.flatMap((a) => eachDay(a.startDate, a.endDate)).filter((d) => working.has(d)).length;
      return { working: working.size, taken, cutiBersama: days.filter((d: WorkDay) => isCutiBersamaWorkingDay(d)).length };
    };
    const timeline = await this.policies.timeline();
    const previous = usage(year - 1);
    const previousBalance = annualLeaveBalance({
      year: year - 1,
      unusedWorkingDaysFromEarlierYears: 0,
      annualLeaveWorkingDaysTaken: previous.taken,
      cutiBersamaWorkingDays: previous.cutiBersama,
      policy: timeline.on(`${year - 1}-12-31`),
    });
    const current = usage(year);
    return annualLeaveBalance({
      year,
      // Nothing carries over from a year the employee did not serve in.
      unusedWorkingDaysFromEarlierYears: previous.working > 0 ? previousBalance.remaining : 0,
      annualLeaveWorkingDaysTaken: current.taken,
      cutiBersamaWorkingDays: current.cutiBersama,
      policy: timeline.on(`${year}-12-31`),
    });
  }
}

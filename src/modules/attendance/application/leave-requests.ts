import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock } from '../../../shared-kernel/clock';
import { DomainError } from '../../../shared-kernel/domain-error';
import { LocalDate, eachDay } from '../../../shared-kernel/local-date';
import { YearMonth } from '../../../shared-kernel/year-month';
import { Actor } from '../../../platform/auth/actor';
import { PeriodLock } from '../../../platform/period-lock/period-lock';
import { AccessPolicy } from '../../organization/public/access-policy';
import { SupervisionFacade } from '../../organization/public/supervision.facade';
import { WorkCalendarsFacade, WorkDay } from '../../organization/public/work-calendars.facade';
import { AnnualLeaveBalance, annualLeaveBalance } from '../domain/annual-leave';
import { Filing, RequestSpan, monthsTouched } from '../domain/leave-request';
import { dayCalendarOf, isCutiBersamaWorkingDay } from './attendance-classifier';
import { PolicyBook } from './policy-book';
import { AbsenceRequests } from './ports/absence-requests';
import { LeaveRequestStore } from './ports/leave-request-store';

/** What filing and deciding absences and permits ask of the rest of the system: who, which days, which months. */
@Injectable()
export class LeaveRequests {
  constructor(
    private readonly access: AccessPolicy,
    private readonly supervision: SupervisionFacade,
    private readonly calendars: WorkCalendarsFacade,
    private readonly absences: AbsenceRequests,
    private readonly policies: PolicyBook,
    private readonly periods: PeriodLock,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * The employee files their own request (for the supervisor to decide); HR or the unit admin in scope on every
   * day of the span records one directly (approved at once). Anybody else is refused.
   */
  private async filing(actor: Actor, employeeId: string, from: LocalDate, to: LocalDate): Promise<Filing> {
    const own = actor.isEmployee(employeeId);
    this.access.assertMayFileFor(actor, employeeId);
    if (!own) await this.access.assertCanAdministerEmployeeBetween(actor, employeeId, from, to);
    return { by: actor.userId, at: this.clock.now(), recordedByAdministrator: !own };
  }

  /**
   * Files a request of either kind: the employee's requests are serialised, every month touched must be open
   * (for HR's correction: correctable), and the aggregate — built by `build`, with whatever facts it needs —
   * checks its own rules before it is kept.
   */
  async file<R extends { id: string }>(
    store: LeaveRequestStore<R, unknown>,
    actor: Actor,
    span: RequestSpan,
    build: (filing: Filing) => Promise<R>,
    options: { correction: boolean },
  ): Promise<R> {
    // A correction is HR's record afterwards (approved at once, even of HR's own), the one filing that may reach a
    // closed month.
    if (options.correction && !actor.isHrAdmin) throw DomainError.forbidden('Only HR records an absence or permit as a correction.', 'HR_CORRECTS');
    const filing = options.correction ? { by: actor.userId, at: this.clock.now(), recordedByAdministrator: true } : await this.filing(actor, span.employeeId, span.from, span.to);
    await store.lockEmployee(span.employeeId);
    const months = monthsTouched(span.from, span.to);
    if (options.correction) await this.assertMonthsCorrectable(actor, months);
    else await this.assertMonthsOpen(months);
    const request = await build(filing);
    await store.add(request);
    return request;
  }

  /** The employee's supervisor on `date` (definitive head, Plt or Plh), null when there is none. */
  async supervisorOn(employeeId: string, date: LocalDate): Promise<string | null> {
    return (await this.supervision.supervisorOn(employeeId, date))?.employeeId ?? null;
  }

  async assertMonthsOpen(months: YearMonth[]): Promise<void> {
    for (const month of months) await this.periods.assertOpen(month);
  }

  async assertMonthsCorrectable(actor: Actor, months: YearMonth[]): Promise<void> {
    await this.periods.assertCorrectable(actor, months);
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
  async annualLeave(employeeId: string, year: number): Promise<AnnualLeaveBalance> {
    const from = `${year - 1}-01-01`;
    const to = `${year}-12-31`;
    const calendar = (await this.calendars.workCalendars([employeeId], from, to)).get(employeeId) ?? [];
    const ct = (await this.absences.inForce(employeeId, from, to)).filter((a) => a.type === 'CT');
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

import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { firstDayOf, lastDayOf, YearMonth } from '../../../../shared-kernel/year-month';
import { Actor } from '../../../../platform/auth/actor';
import { PeriodLock } from '../../../../platform/period-lock/period-lock';
import { AccessPolicy } from '../../../organization/public/access-policy';
import { UnitTreeFacade } from '../../../organization/public/unit-tree.facade';
import { computeMonthlyAchievement, MonthlyAchievement } from '../../domain/achievement/monthly-achievement';
import { countObligedDays, isDayExcludedFromActivities } from '../../domain/achievement/obliged-days';
import { EmployeeAchievementFact, rollUpUnitAchievement, UnitAchievement } from '../../domain/achievement/unit-achievement-roll-up';
import { EmployeeDay, EmployeeDays, KnownDays, workingDays } from '../employee-days';
import { ActivityReadModel, DayMinutes } from '../ports/activity-read-model';

export interface EmployeeMonthlyAchievement extends MonthlyAchievement {
  employeeId: Id;
  month: YearMonth;
  /** Activities still awaiting review: at the close they count as approved and are reported against the supervisor. */
  unreviewedActivities: number;
  monthClosed: boolean;
}

/** The daily target and cap of the remuneration policy the month is paid under (activity logging's defaults otherwise). */
export interface DailyTarget {
  dailyTargetMinutes: number;
  dailyCapMinutes: number;
}

export interface AchievementOptions {
  /** The month's work calendars and classified days, when the caller already read them: they are not read again. */
  known?: KnownDays;
  target?: DailyTarget;
}

/**
 * rules.md §4 for many employees in a fixed number of set-based queries: organization's work calendars,
 * attendance's day codes, one aggregate of activity minutes per employee and day.
 */
@Injectable()
export class AchievementQuery {
  constructor(
    private readonly activities: ActivityReadModel,
    private readonly employeeDays: EmployeeDays,
    private readonly unitTree: UnitTreeFacade,
    private readonly access: AccessPolicy,
    private readonly periodLock: PeriodLock,
  ) {}

  /** One employee's month, for whoever may read the employee at the month's end, and for payroll. */
  async ofEmployeeFor(actor: Actor, employeeId: Id, month: YearMonth): Promise<EmployeeMonthlyAchievement> {
    if (actor.readsPayFacts) await this.access.assertEmployeeExists(employeeId);
    else await this.access.assertCanReadEmployee(actor, employeeId, lastDayOf(month));
    return (await this.ofEmployees([employeeId], month)).get(employeeId)!;
  }

  /** HR and auditors; unit admins in their subtree; the head (definitive, Plt, Plh) of the unit or of one above it. */
  async ofUnitFor(actor: Actor, unitId: Id, month: YearMonth): Promise<UnitAchievement & { month: YearMonth }> {
    if (!(await this.unitTree.unitExists(unitId))) throw DomainError.notFound('Unit', unitId);
    await this.access.assertCanReadUnit(actor, unitId, lastDayOf(month));
    return this.ofUnit(unitId, month);
  }

  async ofEmployees(employeeIds: Id[], month: YearMonth, options: AchievementOptions = {}): Promise<Map<Id, EmployeeMonthlyAchievement>> {
    const { days, minutes, monthClosed } = await this.load(employeeIds, month, options.known);
    const result = new Map<Id, EmployeeMonthlyAchievement>();
    for (const employeeId of new Set(employeeIds)) {
      const own = minutes.get(employeeId) ?? [];
      const achievement = achievementOver([...(days.get(employeeId)?.values() ?? [])], own, days.get(employeeId), monthClosed, options.target);
      const unreviewedActivities = own.reduce((n, m) => n + m.pendingActivities, 0);
      result.set(employeeId, { employeeId, month, ...achievement, unreviewedActivities, monthClosed });
    }
    return result;
  }

  /**
   * The unit's subtree: each employee's month is split by the unit they sat in day by day (a transfer
   * mid-month counts in both units), then summed up the tree.
   */
  async ofUnit(unitId: Id, month: YearMonth): Promise<UnitAchievement & { month: YearMonth }> {
    const nodes = await this.unitTree.unitSubtree(unitId);
    const inSubtree = new Set(nodes.map((n) => n.id));
    const employeeIds = await this.unitTree.employeesInSubtreeBetween(unitId, firstDayOf(month), lastDayOf(month));
    const { days, minutes, monthClosed } = await this.load(employeeIds, month);
    const facts: EmployeeAchievementFact[] = [];
    for (const employeeId of employeeIds) {
      const byDate = days.get(employeeId) ?? new Map<LocalDate, EmployeeDay>();
      const units = new Set([...byDate.values()].map((d) => d.unitId).filter((u): u is string => u !== null && inSubtree.has(u)));
      for (const unit of units) {
        const unitDays = [...byDate.values()].filter((d) => d.unitId === unit);
        const unitDates = new Set(unitDays.map((d) => d.date));
        const own = (minutes.get(employeeId) ?? []).filter((m) => unitDates.has(m.date));
        const a = achievementOver(unitDays, own, byDate, monthClosed);
        facts.push({ employeeId, unitId: unit, obligedDays: a.obligedDays, targetMinutes: a.targetMinutes, approvedMinutes: a.approvedMinutes, pendingMinutes: a.pendingMinutes });
      }
    }
    return { month, ...rollUpUnitAchievement(unitId, nodes, facts) };
  }

  private async load(employeeIds: Id[], month: YearMonth, known?: KnownDays) {
    const [from, to] = [firstDayOf(month), lastDayOf(month)];
    const days = known ? this.employeeDays.fromKnown(employeeIds, known) : await this.employeeDays.of(employeeIds, from, to);
    const minutes = new Map<Id, DayMinutes[]>();
    for (const row of await this.activities.minutesByDay(employeeIds, from, to)) minutes.set(row.employeeId, [...(minutes.get(row.employeeId) ?? []), row]);
    return { days, minutes, monthClosed: !(await this.periodLock.isOpen(month)) };
  }
}

function achievementOver(
  days: EmployeeDay[],
  minutes: DayMinutes[],
  byDate: Map<LocalDate, EmployeeDay> | undefined,
  monthClosed: boolean,
  target?: DailyTarget,
): MonthlyAchievement {
  return computeMonthlyAchievement({
    obligedDays: countObligedDays(workingDays(days)),
    monthClosed,
    dailyTargetMinutes: target?.dailyTargetMinutes,
    dailyCap: target?.dailyCapMinutes,
    days: minutes.map((m) => ({
      date: m.date,
      approvedMinutes: m.approvedMinutes,
      pendingMinutes: m.pendingMinutes,
      dayExcluded: isDayExcludedFromActivities(byDate?.get(m.date)?.dayCode ?? null),
    })),
  });
}

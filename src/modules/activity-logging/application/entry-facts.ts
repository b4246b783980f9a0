import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock } from '../../../shared-kernel/clock';
import { DomainError } from '../../../shared-kernel/domain-error';
import { LocalDate } from '../../../shared-kernel/local-date';
import { YearMonth, yearMonthOf } from '../../../shared-kernel/year-month';
import { PeriodLock } from '../../../platform/period-lock/period-lock';
import { PlanningFacade } from '../../performance-planning/public/planning.facade';
import { ActivityCatalogItem } from '../domain/activity-catalog-item';
import { EntryContext } from '../domain/daily-activity';
import { LoggedActivityView } from '../domain/rules/logged-activity.view';
import { ApprovedPlanView } from '../domain/rules/result-must-belong-to-own-approved-plan.rule';
import { ActivityRepository } from '../infrastructure/persistence/activity.repository';
import { EmployeeDays, EntryDay, isLeaveDay } from './employee-days';

export interface EntryKey {
  employeeId: string;
  date: LocalDate;
}

/** Everything the entry rules need for a batch of (employee, date) keys, loaded set-based once. */
export class EntryFacts {
  constructor(
    private readonly clock: Clock,
    private readonly days: Map<string, Map<LocalDate, EntryDay>>,
    private readonly plans: ApprovedPlanView[],
    private readonly openMonths: Map<YearMonth, boolean>,
    private readonly catalogs: Map<string, ActivityCatalogItem[]>,
  ) {}

  /** The context of one entry; `sameDay` are the employee's other activities on the date. */
  contextFor(key: EntryKey, catalogCode: string, sameDay: readonly LoggedActivityView[], skipEntryWindow = false): EntryContext {
    const day = this.days.get(key.employeeId)?.get(key.date);
    if (!day?.unitId || !day.timeZone) {
      throw DomainError.rule('EMPLOYEE_NOT_PLACED', `The employee holds no position on or before ${key.date}.`, 'date');
    }
    const catalogItem = this.catalogItem(day.unitId, catalogCode);
    return {
      clock: this.clock,
      zone: day.timeZone,
      isMonthOpen: this.openMonths.get(yearMonthOf(key.date)) ?? false,
      isLeaveDay: isLeaveDay(day),
      sameDayActivities: sameDay,
      approvedPlans: this.plans.filter((p) => p.employeeId === key.employeeId),
      catalogItem,
      skipEntryWindow,
    };
  }

  /** The unit's own item wins over an inherited one, which wins over the global catalogue. */
  private catalogItem(unitId: string, code: string): ActivityCatalogItem {
    const found = this.catalogs.get(unitId)?.find((i) => i.code === code);
    if (!found) throw DomainError.validation('catalogCode', 'UNKNOWN_CATALOG_ITEM', `No catalogue item ${code} is available to you.`);
    return found;
  }
}

@Injectable()
export class EntryFactsLoader {
  constructor(
    private readonly employeeDays: EmployeeDays,
    private readonly planning: PlanningFacade,
    private readonly repo: ActivityRepository,
    private readonly periodLock: PeriodLock,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async load(keys: EntryKey[], catalogCodes: string[]): Promise<EntryFacts> {
    if (keys.length === 0) return new EntryFacts(this.clock, new Map(), [], new Map(), new Map());
    const dates = keys.map((k) => k.date).sort();
    const employeeIds = [...new Set(keys.map((k) => k.employeeId))];
    const days = await this.employeeDays.forEntries(keys);

    const plans: ApprovedPlanView[] = [];
    for (const year of new Set(dates.map((d) => Number(d.slice(0, 4))))) {
      for (const p of await this.planning.approvedPlans(employeeIds, year)) plans.push({ ...p, resultIds: p.results.map((r) => r.id) });
    }
    const openMonths = new Map<YearMonth, boolean>();
    for (const month of new Set(dates.map(yearMonthOf))) openMonths.set(month, await this.periodLock.isOpen(month));

    // The lineage of each unit came with the placement: no lookup per unit.
    const lineages = new Map<string, string[]>();
    for (const byDate of days.values()) for (const d of byDate.values()) if (d.unitId) lineages.set(d.unitId, d.unitLineage);
    const items = lineages.size === 0 ? [] : await this.repo.catalog([...new Set([...lineages.values()].flat())], { codes: [...new Set(catalogCodes)] });
    const catalogs = new Map<string, ActivityCatalogItem[]>();
    for (const [unitId, lineage] of lineages) {
      const rank = (i: ActivityCatalogItem) => (i.unitId === null ? lineage.length : lineage.indexOf(i.unitId));
      catalogs.set(unitId, items.filter((i) => i.isAvailableIn(lineage)).sort((a, b) => rank(a) - rank(b)));
    }
    return new EntryFacts(this.clock, days, plans, openMonths, catalogs);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock } from '../../../shared-kernel/clock';
import { DomainError } from '../../../shared-kernel/domain-error';
import { LocalDate } from '../../../shared-kernel/local-date';
import { YearMonth, yearMonthOf } from '../../../shared-kernel/year-month';
import { PeriodLock } from '../../../platform/period-lock/period-lock';
import { ActivityCatalogItem } from '../domain/activity-catalog-item';
import { EntryContext } from '../domain/daily-activity';
import { LoggedActivityView } from '../domain/rules/logged-activity.view';
import { ApprovedPlanView } from '../domain/rules/result-must-belong-to-own-approved-plan.rule';
import { EmployeeDays, EntryDay, isLeaveDay } from './employee-days';
import { EntryFactsCache } from './entry-facts-cache';

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
    /** By `unitId|code`: the item the code names in the unit, or null. */
    private readonly items: Map<string, ActivityCatalogItem | null>,
  ) {}

  /** The context of one entry; `sameDay` are the employee's other activities on the date. */
  contextFor(key: EntryKey, catalogCode: string, sameDay: readonly LoggedActivityView[], skipEntryWindow = false): EntryContext {
    const day = this.days.get(key.employeeId)?.get(key.date);
    if (!day?.unitId || !day.timeZone) {
      throw DomainError.rule('EMPLOYEE_NOT_PLACED', `The employee holds no position on or before ${key.date}.`, 'date', { date: key.date });
    }
    const catalogItem = this.items.get(`${day.unitId}|${catalogCode}`);
    if (!catalogItem) throw DomainError.validation('catalogCode', 'UNKNOWN_CATALOG_ITEM', `No catalogue item ${catalogCode} is available to you.`, { catalogCode });
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
}

@Injectable()
export class EntryFactsLoader {
  constructor(
    private readonly employeeDays: EmployeeDays,
    private readonly cache: EntryFactsCache,
    private readonly periodLock: PeriodLock,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** `catalogCodes[i]` is the code of `keys[i]`'s entry. */
  async load(keys: readonly EntryKey[], catalogCodes: readonly string[]): Promise<EntryFacts> {
    if (keys.length === 0) return new EntryFacts(this.clock, new Map(), [], new Map(), new Map());
    const days = await this.employeeDays.forEntries(keys);
    const years = [...new Set(keys.map((k) => Number(k.date.slice(0, 4))))];
    const plans = await this.cache.approvedPlans([...new Set(keys.map((k) => k.employeeId))], years);
    const openMonths = new Map<YearMonth, boolean>();
    for (const month of new Set(keys.map((k) => yearMonthOf(k.date)))) openMonths.set(month, await this.periodLock.isOpen(month));
    // The lineage of each unit came with the placement: no lookup per unit.
    const wanted = keys.flatMap((k, i) => {
      const day = days.get(k.employeeId)?.get(k.date);
      return day?.unitId ? [{ unitId: day.unitId, lineage: day.unitLineage, code: catalogCodes[i] }] : [];
    });
    return new EntryFacts(this.clock, days, plans, openMonths, await this.cache.catalogItems(wanted));
  }
}

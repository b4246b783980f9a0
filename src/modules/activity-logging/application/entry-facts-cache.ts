import { Injectable, OnModuleInit } from '@nestjs/common';
import { IntegrationEventBus } from '../../../platform/outbox/integration-event-bus';
import { Id } from '../../../shared-kernel/ids';
import { LocalDate } from '../../../shared-kernel/local-date';
import { ASSIGNMENT_ENDED_V1, EMPLOYEE_ASSIGNED_V1, EMPLOYEE_STATUS_CHANGED_V1, UNIT_CHANGED_V1 } from '../../organization/public/events';
import { DayPlacement, WorkCalendarsFacade } from '../../organization/public/work-calendars.facade';
import { PLAN_APPROVED_V1, PLAN_CLOSED_V1 } from '../../performance-planning/public/events';
import { PlanningFacade } from '../../performance-planning/public/planning.facade';
import { ActivityCatalogItem } from '../domain/activity-catalog-item';
import { ApprovedPlanView } from '../domain/rules/result-must-belong-to-own-approved-plan.rule';
import { CATALOG_ITEM_ADDED_V1 } from '../public/events';
import { FactsCache } from './facts-cache';
import { ActivityCatalog } from './ports/activity-catalog';

/** Bounds what this process hears of no event about: writes made by another instance. */
const TTL_MS = 60_000;

/**
 * What every entry needs about the caller that changes rarely, read once and kept in this process: the
 * placement of a day (organization), the approved plans of a year (planning), the catalogue item a code
 * names in a unit. Each is forgotten as soon as the event of its change commits here (assignment, status,
 * unit moved or re-zoned, plan approved or closed, catalogue item added), before that write is answered,
 * so a request that follows a committed change never sees the old fact.
 */
@Injectable()
export class EntryFactsCache implements OnModuleInit {
  private readonly placements = new FactsCache<DayPlacement | undefined>({ ttlMs: TTL_MS, maxEntries: 500_000 });
  private readonly plans = new FactsCache<ApprovedPlanView[]>({ ttlMs: TTL_MS, maxEntries: 200_000 });
  // A code nobody has is not kept: any string an entry names would otherwise take memory.
  private readonly catalogue = new FactsCache<ActivityCatalogItem | null>({ ttlMs: TTL_MS, maxEntries: 50_000, keep: (item) => item !== null });

  constructor(
    private readonly bus: IntegrationEventBus,
    private readonly calendars: WorkCalendarsFacade,
    private readonly planning: PlanningFacade,
    private readonly catalog: ActivityCatalog,
  ) {}

  onModuleInit(): void {
    for (const type of [EMPLOYEE_ASSIGNED_V1, ASSIGNMENT_ENDED_V1, EMPLOYEE_STATUS_CHANGED_V1]) {
      this.bus.watch<{ employeeId: Id }>(type, (e) => this.placements.forget(e.data.employeeId));
    }
    // A move or a new zone changes the placement of the whole subtree.
    this.bus.watch(UNIT_CHANGED_V1, () => this.placements.forgetAll());
    // Only an approval or a closing changes which approved version covers a date.
    for (const type of [PLAN_APPROVED_V1, PLAN_CLOSED_V1]) this.bus.watch<{ employeeId: Id }>(type, (e) => this.plans.forget(e.data.employeeId));
    this.bus.watch(CATALOG_ITEM_ADDED_V1, () => this.catalogue.forgetAll());
  }

  /** Keyed `employeeId|date`, as organization answers. */
  placementsOn(keys: ReadonlyArray<{ employeeId: Id; date: LocalDate }>): Promise<Map<string, DayPlacement | undefined>> {
    return this.placements.getMany(
      keys.map((k) => [k.employeeId, k.date] as const),
      (missing) => this.calendars.placementsOn(missing.map(([employeeId, date]) => ({ employeeId, date }))),
    );
  }

  /** The approved plans of these employees in these years. */
  async approvedPlans(employeeIds: readonly Id[], years: readonly number[]): Promise<ApprovedPlanView[]> {
    const wanted = employeeIds.flatMap((id) => years.map((year) => [id, String(year)] as const));
    const found = await this.plans.getMany(wanted, async (missing) => {
      const byKey = new Map<string, ApprovedPlanView[]>(missing.map(([id, year]) => [`${id}|${year}`, []]));
      for (const year of new Set(missing.map(([, y]) => y))) {
        const ids = missing.filter(([, y]) => y === year).map(([id]) => id);
        for (const p of await this.planning.approvedPlans(ids, Number(year))) {
          byKey.get(`${p.employeeId}|${year}`)!.push({ ...p, resultIds: p.results.map((r) => r.id) });
        }
      }
      return byKey;
    });
    return [...found.values()].flat();
  }

  /** The item each code names in each unit: its own item wins over an inherited one, which wins over the global catalogue. */
  catalogItems(wanted: ReadonlyArray<{ unitId: Id; lineage: readonly Id[]; code: string }>): Promise<Map<string, ActivityCatalogItem | null>> {
    const lineageOf = new Map(wanted.map((w) => [w.unitId, w.lineage]));
    return this.catalogue.getMany(
      wanted.map((w) => [w.unitId, w.code] as const),
      async (missing) => {
        const units = [...new Set(missing.flatMap(([unitId]) => lineageOf.get(unitId)!))];
        const items = await this.catalog.items(units, { codes: [...new Set(missing.map(([, code]) => code))] });
        return new Map(
          missing.map(([unitId, code]) => {
            const lineage = lineageOf.get(unitId)!;
            const rank = (i: ActivityCatalogItem) => (i.unitId === null ? lineage.length : lineage.indexOf(i.unitId));
            const best = items.filter((i) => i.code === code && i.isAvailableIn(lineage)).sort((a, b) => rank(a) - rank(b))[0] ?? null;
            return [`${unitId}|${code}`, best];
          }),
        );
      },
    );
  }
}

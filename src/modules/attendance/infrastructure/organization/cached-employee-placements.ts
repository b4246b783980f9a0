import { Injectable, OnModuleInit } from '@nestjs/common';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { IntegrationEventBus } from '../../../../platform/outbox/integration-event-bus';
import { ASSIGNMENT_ENDED_V1, EMPLOYEE_ASSIGNED_V1, EMPLOYEE_STATUS_CHANGED_V1 } from '../../../organization/public/events';
import { WorkCalendarsFacade } from '../../../organization/public/work-calendars.facade';
import { EmployeePlacements } from '../../application/ports/employee-placements';

/** Organization announces it when a unit moves in the tree or changes its zone: every placement below may change. */
const UNIT_CHANGED = 'organization.unit-changed.v1';

/**
 * How long an answer may be served without hearing of a change: the bound on staleness for what this process
 * cannot hear of — a change committed by another instance (the relay delivers each event to one instance
 * only), or an Organization write that announces nothing.
 */
export const PLACEMENT_TTL_MS = 60_000;
/** Employees remembered at most; the oldest are dropped first. */
const MAX_EMPLOYEES = 100_000;

interface Entry {
  zone: string | null;
  expires: number;
}

/**
 * Organization's placement of an employee's day, remembered per (employee, date). A clock-in needs the zone
 * only, and reads it for every request; placements change rarely and by HR decision.
 *
 * Never stale after a change committed in this process: the events of an assignment, its end and a status
 * change drop that employee's answers, a unit moved or re-zoned drops them all, synchronously after the
 * commit and before the writing request answers. A read that was under way while such a change committed is
 * used once but not remembered (the generation check), so it cannot put the old answer back after the drop.
 */
@Injectable()
export class CachedEmployeePlacements extends EmployeePlacements implements OnModuleInit {
  private readonly byEmployee = new Map<string, Map<LocalDate, Entry>>();
  private generation = 0;

  constructor(
    private readonly calendars: WorkCalendarsFacade,
    private readonly bus: IntegrationEventBus,
  ) {
    super();
  }

  onModuleInit(): void {
    for (const type of [EMPLOYEE_ASSIGNED_V1, ASSIGNMENT_ENDED_V1, EMPLOYEE_STATUS_CHANGED_V1]) {
      this.bus.watch<{ employeeId: string }>(type, (e) => this.forget(e.data.employeeId));
    }
    this.bus.watch(UNIT_CHANGED, () => this.forget(null));
  }

  async zoneOn(employeeId: string, date: LocalDate): Promise<string | null> {
    const hit = this.byEmployee.get(employeeId)?.get(date);
    if (hit && hit.expires > Date.now()) return hit.zone;
    const generation = this.generation;
    const zone = (await this.calendars.placementsOn([{ employeeId, date }])).get(`${employeeId}|${date}`)?.timeZone ?? null;
    if (generation === this.generation) this.remember(employeeId, date, zone);
    return zone;
  }

  private remember(employeeId: string, date: LocalDate, zone: string | null): void {
    let days = this.byEmployee.get(employeeId);
    if (!days) {
      if (this.byEmployee.size >= MAX_EMPLOYEES) this.byEmployee.delete(this.byEmployee.keys().next().value!);
      days = new Map();
      this.byEmployee.set(employeeId, days);
    }
    days.set(date, { zone, expires: Date.now() + PLACEMENT_TTL_MS });
  }

  /** One employee's answers, or (null) everyone's. */
  private forget(employeeId: string | null): void {
    this.generation++;
    if (employeeId === null) this.byEmployee.clear();
    else this.byEmployee.delete(employeeId);
  }
}

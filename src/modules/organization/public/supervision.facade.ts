import { Injectable } from '@nestjs/common';
import { LocalDate } from '../../../shared-kernel/local-date';
import { PlacementReadModel } from '../application/ports/placement-read-model';
import { SupervisorResolver } from '../application/supervisor-resolver';
import { SupervisionInterval } from '../domain/supervision-intervals';
import { Supervisor } from '../domain/supervisor-resolution';

export type { Supervisor } from '../domain/supervisor-resolution';
export type { SupervisionInterval } from '../domain/supervision-intervals';

/** Who supervises whom on which date — definitive heads, Plt and Plh — one person or many at once. */
@Injectable()
export class SupervisionFacade {
  constructor(
    private readonly supervisors: SupervisorResolver,
    private readonly placements: PlacementReadModel,
  ) {}

  supervisorOn(employeeId: string, date: LocalDate): Promise<Supervisor | null> {
    return this.supervisors.resolve(employeeId, date);
  }

  /** Supervisors of many employees on one date, in a handful of queries. */
  supervisorsOn(employeeIds: string[], date: LocalDate): Promise<Map<string, Supervisor | null>> {
    return this.supervisors.supervisorsOn(employeeIds, date);
  }

  /** See SupervisorResolver.supervisorsOfPairs; keys are `${employeeId}|${date}`. */
  supervisorsOfPairs(pairs: Array<{ employeeId: string; date: LocalDate }>): Promise<Map<string, Supervisor | null>> {
    return this.supervisors.supervisorsOfPairs(pairs);
  }

  /** The people `supervisorId` supervises on `date` (as definitive head, Plt or Plh). */
  subordinatesOn(supervisorId: string, date: LocalDate): Promise<string[]> {
    return this.supervisors.subordinatesOn(supervisorId, date);
  }

  /**
   * The stretches of days (`to` inclusive, null: open-ended) on which `supervisorId` supervises each of their
   * subordinates — as definitive head, Plt or Plh, exactly as supervisorOn answers day by day — set-based,
   * so an inbox can page its rows in SQL.
   */
  supervisionIntervals(supervisorId: string): Promise<SupervisionInterval[]> {
    return this.supervisors.supervisionIntervals(supervisorId);
  }

  /**
   * The unit each employee heads on `date` (definitive holder or Plt of its top position), absent when
   * they head none; a definitive headship wins over an acting one.
   */
  async unitsHeadedOn(employeeIds: string[], date: LocalDate): Promise<Map<string, { unitId: string; acting: 'PLT' | null }>> {
    const headed = new Map<string, { unitId: string; acting: 'PLT' | null }>();
    for (const row of await this.placements.unitsHeadedOn(employeeIds, date)) {
      if (!headed.has(row.employeeId)) headed.set(row.employeeId, { unitId: row.unitId, acting: row.type === 'PLT' ? 'PLT' : null });
    }
    return headed;
  }
}

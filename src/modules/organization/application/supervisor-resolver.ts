import { Injectable } from '@nestjs/common';
import { LocalDate } from '../../../shared-kernel/local-date';
import { UnitOfWork } from '../../../platform/database/unit-of-work';
import { OrganizationRepository } from '../infrastructure/persistence/organization.repository';
import { Assignment } from '../domain/assignment';
import { orgSnapshotOf } from '../domain/org-snapshot';
import { SupervisionInterval, supervisionIntervals } from '../domain/supervision-intervals';
import { resolveSupervisorOn, Supervisor } from '../domain/supervisor-resolution';

/**
 * Supervision for many people at once: the positions involved are loaded with two recursive queries and
 * the assignments of that day with one, then every employee is resolved in memory by the same domain
 * function that answers a single GET /employees/{id}/supervisor.
 */
@Injectable()
export class SupervisorResolver {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: OrganizationRepository,
  ) {}

  private async positionsAbove(positionIds: string[]): Promise<Array<{ id: string; parentPositionId: string | null }>> {
    const rows = await this.uow.query(
      `WITH RECURSIVE up(id, parent) AS (
         SELECT id, parent_position_id FROM organization.positions WHERE id = ANY($1::uuid[])
         UNION
         SELECT p.id, p.parent_position_id FROM organization.positions p JOIN up ON p.id = up.parent
       ) SELECT id, parent FROM up`,
      [positionIds],
    );
    return rows.map((r: any) => ({ id: r.id, parentPositionId: r.parent }));
  }

  async resolve(employeeId: string, date: LocalDate): Promise<Supervisor | null> {
    return (await this.supervisorsOn([employeeId], date)).get(employeeId) ?? null;
  }

  /** The supervisor of each employee on `date` (null when they have none that day). */
  async supervisorsOn(employeeIds: string[], date: LocalDate): Promise<Map<string, Supervisor | null>> {
    const own = await this.repo.definitiveAssignmentsOn(employeeIds, date);
    const positions = await this.positionsAbove([...new Set(own.map((a) => a.positionId))]);
    const holders = await this.repo.assignmentsOn(positions.map((p) => p.id), date);
    const snapshot = orgSnapshotOf(positions, [...own, ...holders]);
    return new Map(employeeIds.map((id) => [id, resolveSupervisorOn(id, date, snapshot)]));
  }

  /**
   * Everyone whose supervisor on `date` is `supervisorId`: the holders of the positions below those the
   * supervisor holds that day (definitive, Plt or Plh), kept only when the resolution lands on them —
   * a Plh standing in, or an intermediate head, takes precedence.
   */
  async subordinatesOn(supervisorId: string, date: LocalDate): Promise<string[]> {
    const held = (
      await this.uow.query(
        `SELECT position_id FROM organization.assignments WHERE employee_id = $1 AND start_date <= $2 AND (end_date IS NULL OR end_date >= $2)`,
        [supervisorId, date],
      )
    ).map((r: any) => r.position_id as string);
    if (held.length === 0) return [];
    const below = await this.uow.query(
      `WITH RECURSIVE down(id, parent) AS (
         SELECT id, parent_position_id FROM organization.positions WHERE parent_position_id = ANY($1::uuid[])
         UNION
         SELECT p.id, p.parent_position_id FROM organization.positions p JOIN down ON p.parent_position_id = down.id
       ) SELECT id, parent FROM down`,
      [held],
    );
    const positions = [...(await this.positionsAbove(held)), ...below.map((r: any) => ({ id: r.id, parentPositionId: r.parent }))];
    const assignments = await this.repo.assignmentsOn(positions.map((p) => p.id), date);
    const snapshot = orgSnapshotOf(positions, assignments);
    const belowIds = new Set(below.map((r: any) => r.id as string));
    const candidates = new Set(assignments.filter((a) => a.type === 'DEFINITIVE' && belowIds.has(a.positionId) && a.employeeId !== supervisorId).map((a) => a.employeeId));
    return [...candidates].filter((id) => resolveSupervisorOn(id, date, snapshot)?.employeeId === supervisorId).sort();
  }

  /**
   * The supervisor of each (employee, date) pair, for reviews that span many dates (an inbox, a bulk
   * approval, an import): one snapshot over the whole date range, three queries whatever the count.
   * Keys are `${employeeId}|${date}`.
   */
  async supervisorsOfPairs(pairs: Array<{ employeeId: string; date: LocalDate }>): Promise<Map<string, Supervisor | null>> {
    const result = new Map<string, Supervisor | null>();
    if (pairs.length === 0) return result;
    const dates = pairs.map((p) => p.date).sort();
    const [from, to] = [dates[0], dates[dates.length - 1]];
    const employeeIds = [...new Set(pairs.map((p) => p.employeeId))];
    const own = await this.repo.definitiveAssignmentsBetween(employeeIds, from, to);
    const positions = await this.positionsAbove([...new Set(own.map((a) => a.positionId))]);
    const holders = await this.repo.assignmentsBetween(positions.map((p) => p.id), from, to);
    const snapshot = orgSnapshotOf(positions, [...own, ...holders]);
    for (const { employeeId, date } of pairs) result.set(`${employeeId}|${date}`, resolveSupervisorOn(employeeId, date, snapshot));
    return result;
  }

  /**
   * Every stretch of days on which `supervisorId` supervises someone, per subordinate (Plt and Plh days
   * included, the days a Plh stands in for them excluded): three queries — the candidates' definitive
   * assignments, the positions above them, every assignment of those — then one resolution per stretch of
   * unchanged organisation data per candidate, instead of one per (employee, date).
   */
  async supervisionIntervals(supervisorId: string): Promise<SupervisionInterval[]> {
    const own: Assignment[] = (
      await this.uow.query(
        `WITH RECURSIVE down(id) AS (
           SELECT p.id FROM organization.positions p
            WHERE p.parent_position_id IN (SELECT position_id FROM organization.assignments WHERE employee_id = $1)
           UNION
           SELECT p.id FROM organization.positions p JOIN down ON p.parent_position_id = down.id
         ), candidates AS (
           SELECT DISTINCT a.employee_id FROM organization.assignments a JOIN down ON down.id = a.position_id
            WHERE a.type = 'DEFINITIVE' AND a.employee_id <> $1
         )
         SELECT a.id, a.employee_id, a.position_id, a.type, a.start_date, a.end_date
           FROM organization.assignments a JOIN candidates c ON c.employee_id = a.employee_id
          WHERE a.type = 'DEFINITIVE'
          ORDER BY a.employee_id, a.start_date, a.id`,
        [supervisorId],
      )
    ).map((r: any) => ({ id: r.id, employeeId: r.employee_id, positionId: r.position_id, type: r.type, startDate: r.start_date, endDate: r.end_date }));
    if (own.length === 0) return [];
    const positions = await this.positionsAbove([...new Set(own.map((a) => a.positionId))]);
    const holders: Assignment[] = (
      await this.uow.query(`SELECT * FROM organization.assignments WHERE position_id = ANY($1::uuid[]) ORDER BY start_date, id`, [positions.map((p) => p.id)])
    ).map((r: any) => ({ id: r.id, employeeId: r.employee_id, positionId: r.position_id, type: r.type, startDate: r.start_date, endDate: r.end_date }));
    const snapshot = orgSnapshotOf(positions, [...own, ...holders]);

    const parents = new Map(positions.map((p) => [p.id, p.parentPositionId]));
    const heldAt = new Map<string, Assignment[]>();
    for (const a of holders) heldAt.set(a.positionId, [...(heldAt.get(a.positionId) ?? []), a]);
    const above = new Map<string, Assignment[]>();
    const assignmentsAbove = (positionId: string): Assignment[] => {
      let found = above.get(positionId);
      if (!found) {
        found = [];
        const seen = new Set<string>([positionId]);
        for (let p = parents.get(positionId) ?? null; p !== null && !seen.has(p); p = parents.get(p) ?? null) {
          seen.add(p);
          found.push(...(heldAt.get(p) ?? []));
        }
        above.set(positionId, found);
      }
      return found;
    };
    const ownBy = new Map<string, Assignment[]>();
    for (const a of own) ownBy.set(a.employeeId, [...(ownBy.get(a.employeeId) ?? []), a]);
    const intervals: SupervisionInterval[] = [];
    for (const [employeeId, definitive] of ownBy) {
      const relevant = [...definitive, ...new Set(definitive.flatMap((a) => assignmentsAbove(a.positionId)))];
      intervals.push(...supervisionIntervals(supervisorId, employeeId, relevant, snapshot));
    }
    return intervals;
  }

  /**
   * Everyone who held, at some time, a definitive position below a position `supervisorId` held at some
   * time (definitive, Plt or Plh): a superset of the people they supervise on any date, to be narrowed
   * with supervisorsOfPairs.
   */
  async everSupervisedCandidates(supervisorId: string): Promise<string[]> {
    const rows = await this.uow.query(
      `WITH RECURSIVE down(id) AS (
         SELECT p.id FROM organization.positions p
          WHERE p.parent_position_id IN (SELECT position_id FROM organization.assignments WHERE employee_id = $1)
         UNION
         SELECT p.id FROM organization.positions p JOIN down ON p.parent_position_id = down.id
       )
       SELECT DISTINCT a.employee_id FROM organization.assignments a JOIN down ON down.id = a.position_id
        WHERE a.type = 'DEFINITIVE' AND a.employee_id <> $1`,
      [supervisorId],
    );
    return rows.map((r: any) => r.employee_id as string);
  }
}

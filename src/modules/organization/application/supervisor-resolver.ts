import { Injectable } from '@nestjs/common';
import { LocalDate } from '../../../shared-kernel/local-date';
import { Assignment } from '../domain/assignment';
import { orgSnapshotOf } from '../domain/org-snapshot';
import { SupervisionInterval, supervisionIntervals } from '../domain/supervision-intervals';
import { resolveSupervisorOn, Supervisor } from '../domain/supervisor-resolution';
import { SupervisionReadModel } from './ports/supervision-read-model';

/**
 * Supervision for many people at once: the positions involved are loaded with two recursive queries and
 * the assignments of that day with one, then every employee is resolved in memory by the same domain
 * function that answers a single GET /employees/{id}/supervisor.
 */
@Injectable()
export class SupervisorResolver {
  constructor(private readonly org: SupervisionReadModel) {}

  async resolve(employeeId: string, date: LocalDate): Promise<Supervisor | null> {
    return (await this.supervisorsOn([employeeId], date)).get(employeeId) ?? null;
  }

  /** The supervisor of each employee on `date` (null when they have none that day). */
  async supervisorsOn(employeeIds: string[], date: LocalDate): Promise<Map<string, Supervisor | null>> {
    const own = await this.org.definitiveAssignmentsOn(employeeIds, date);
    const positions = await this.org.positionsAbove([...new Set(own.map((a) => a.positionId))]);
    const holders = await this.org.assignmentsOn(
      positions.map((p) => p.id),
      date,
    );
    const snapshot = orgSnapshotOf(positions, [...own, ...holders]);
    return new Map(employeeIds.map((id) => [id, resolveSupervisorOn(id, date, snapshot)]));
  }

  /**
   * Everyone whose supervisor on `date` is `supervisorId`: the holders of the positions below those the
   * supervisor holds that day (definitive, Plt or Plh), kept only when the resolution lands on them —
   * a Plh standing in, or an intermediate head, takes precedence.
   */
  async subordinatesOn(supervisorId: string, date: LocalDate): Promise<string[]> {
    const held = await this.org.positionsHeldOn(supervisorId, date);
    if (held.length === 0) return [];
    const below = await this.org.positionsBelow(held);
    const positions = [...(await this.org.positionsAbove(held)), ...below];
    const assignments = await this.org.assignmentsOn(
      positions.map((p) => p.id),
      date,
    );
    const snapshot = orgSnapshotOf(positions, assignments);
    const belowIds = new Set(below.map((p) => p.id));
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
    const own = await this.org.definitiveAssignmentsBetween(employeeIds, from, to);
    const positions = await this.org.positionsAbove([...new Set(own.map((a) => a.positionId))]);
    const holders = await this.org.assignmentsBetween(
      positions.map((p) => p.id),
      from,
      to,
    );
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
    const own = await this.org.definitiveAssignmentsBelow(supervisorId);
    if (own.length === 0) return [];
    const positions = await this.org.positionsAbove([...new Set(own.map((a) => a.positionId))]);
    const holders = await this.org.assignmentsOfPositions(positions.map((p) => p.id));
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
}

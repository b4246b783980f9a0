import { Id } from '../../../shared-kernel/ids';
import { LocalDate } from '../../../shared-kernel/local-date';
import { Assignment, AssignmentType, isActiveOn } from './assignment';
import { Position } from './position';

export interface PositionHolder {
  readonly employeeId: Id;
  readonly type: AssignmentType;
}

/**
 * The read-only view of the position map and its holders that supervisor resolution walks.
 * It is synchronous on purpose: infrastructure loads it for a date range in a few set-based queries
 * (positions, assignments) and then resolves many employees against it, instead of one query per step.
 */
export interface OrgSnapshot {
  /** The employee's DEFINITIVE position on `date`, or null. */
  positionOf(employeeId: Id, date: LocalDate): Id | null;
  parentOf(positionId: Id): Id | null;
  /** Everyone holding `positionId` on `date`, definitive or acting. */
  holdersOf(positionId: Id, date: LocalDate): readonly PositionHolder[];
}

/**
 * An in-memory snapshot over already loaded positions and assignments, indexed by employee (definitive
 * posts) and by position, so each lookup reads only that employee's or that position's few assignments.
 */
export function orgSnapshotOf(positions: readonly Pick<Position, 'id' | 'parentPositionId'>[], assignments: readonly Assignment[]): OrgSnapshot {
  const parents = new Map(positions.map((p) => [p.id, p.parentPositionId]));
  const definitiveOf = new Map<Id, Assignment[]>();
  const holdersOf = new Map<Id, Assignment[]>();
  const push = (map: Map<Id, Assignment[]>, key: Id, a: Assignment) => {
    const list = map.get(key);
    if (list) list.push(a);
    else map.set(key, [a]);
  };
  // Kept in load order, so the first match is the one a scan of `assignments` would have found.
  for (const a of assignments) {
    if (a.type === 'DEFINITIVE') push(definitiveOf, a.employeeId, a);
    push(holdersOf, a.positionId, a);
  }
  return {
    positionOf: (employeeId, date) => definitiveOf.get(employeeId)?.find((a) => isActiveOn(a, date))?.positionId ?? null,
    parentOf: (positionId) => parents.get(positionId) ?? null,
    holdersOf: (positionId, date) => (holdersOf.get(positionId) ?? []).filter((a) => isActiveOn(a, date)).map((a) => ({ employeeId: a.employeeId, type: a.type })),
  };
}

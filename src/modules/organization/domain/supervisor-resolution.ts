import { Id } from '../../../shared-kernel/ids';
import { LocalDate } from '../../../shared-kernel/local-date';
import { ActingType, AssignmentType } from './assignment';
import { OrgSnapshot, PositionHolder } from './org-snapshot';

/** The atasan langsung on a date: who approves the employee's activities and appraises them. */
export interface Supervisor {
  readonly employeeId: Id;
  readonly positionId: Id;
  readonly acting: ActingType | null;
}

/**
 * A PLH is appointed precisely because the holder is away, so on the PLH's days the stand-in
 * decides; otherwise the definitive head; a PLT only heads a vacant post.
 */
const PRECEDENCE: readonly AssignmentType[] = ['PLH', 'DEFINITIVE', 'PLT'];

/**
 * Walks up from the parent of the employee's DEFINITIVE position to the first position someone
 * holds on `date`; a vacancy with nobody acting passes the duty one level up.
 *
 * Someone never supervises themselves: when the employee holds the position above in any capacity
 * (typically as its Plt or Plh), the whole position is skipped, not just the employee. Its other
 * holder would be either a Plh standing in for the employee or a definitive head who is away, and
 * neither should approve the acting head's own work; the next level up does.
 *
 * Returns null when the employee has no definitive position on `date` (acting posts alone do not
 * place someone in the hierarchy) or nobody above holds anything.
 */
export function resolveSupervisorOn(employeeId: Id, date: LocalDate, snapshot: OrgSnapshot): Supervisor | null {
  const ownPosition = snapshot.positionOf(employeeId, date);
  if (ownPosition === null) return null;
  // Guards the walk against a loop in stored data; the hierarchy rule keeps new data acyclic.
  const visited = new Set<Id>([ownPosition]);
  for (let positionId = snapshot.parentOf(ownPosition); positionId !== null && !visited.has(positionId); positionId = snapshot.parentOf(positionId)) {
    visited.add(positionId);
    const holders = snapshot.holdersOf(positionId, date);
    if (holders.some((h) => h.employeeId === employeeId)) continue;
    const chosen = pickHead(holders);
    if (chosen) {
      return { employeeId: chosen.employeeId, positionId, acting: chosen.type === 'DEFINITIVE' ? null : chosen.type };
    }
  }
  return null;
}

function pickHead(holders: readonly PositionHolder[]): PositionHolder | undefined {
  for (const type of PRECEDENCE) {
    // Lowest id wins should stored data ever hold two of a type, so the answer is stable.
    const candidates = holders.filter((h) => h.type === type).sort((a, b) => (a.employeeId < b.employeeId ? -1 : 1));
    if (candidates.length > 0) return candidates[0];
  }
  return undefined;
}

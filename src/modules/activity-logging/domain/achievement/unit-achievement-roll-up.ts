import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { achievementRatio } from './monthly-achievement';

export interface EmployeeAchievementFact {
  employeeId: Id;
  /** The unit the month's facts are counted in (after a transfer, an employee may have a fact in each). */
  unitId: Id;
  obligedDays: number;
  targetMinutes: number;
  approvedMinutes: number;
  pendingMinutes: number;
}

export interface UnitNode {
  id: Id;
  parentId: Id | null;
}

export interface UnitAchievement {
  unitId: Id;
  obligedDays: number;
  targetMinutes: number;
  approvedMinutes: number;
  pendingMinutes: number;
  /**
   * min(1, Σ approved / Σ target) over the subtree: minutes are weighed, not people averaged. Null when nobody
   * in the subtree had a fact: a unit without people has achieved nothing, not everything.
   */
  achievement: string | null;
  /** Distinct employees with a fact anywhere in the subtree. */
  employees: number;
  /** One entry per direct sub-unit. */
  children: UnitAchievement[];
}

/** Sums employees' achievement facts over the subtree of `rootUnitId`, with one child entry per direct sub-unit. */
export function rollUpUnitAchievement(rootUnitId: Id, units: readonly UnitNode[], facts: readonly EmployeeAchievementFact[]): UnitAchievement {
  const childrenOf = new Map<Id, Id[]>();
  for (const u of units) {
    if (u.parentId === null) continue;
    childrenOf.set(u.parentId, [...(childrenOf.get(u.parentId) ?? []), u.id]);
  }
  const factsOf = new Map<Id, EmployeeAchievementFact[]>();
  for (const f of facts) factsOf.set(f.unitId, [...(factsOf.get(f.unitId) ?? []), f]);

  const visiting = new Set<Id>();
  function rollUp(unitId: Id): { result: UnitAchievement; employeeIds: Set<Id> } {
    if (visiting.has(unitId)) throw DomainError.conflict('UNIT_TREE_CYCLE', `The unit tree has a cycle through ${unitId}.`);
    visiting.add(unitId);
    const totals = { obligedDays: 0, targetMinutes: 0, approvedMinutes: 0, pendingMinutes: 0 };
    const employeeIds = new Set<Id>();
    const add = (t: typeof totals) => {
      totals.obligedDays += t.obligedDays;
      totals.targetMinutes += t.targetMinutes;
      totals.approvedMinutes += t.approvedMinutes;
      totals.pendingMinutes += t.pendingMinutes;
    };
    for (const f of factsOf.get(unitId) ?? []) {
      add(f);
      employeeIds.add(f.employeeId);
    }
    const children: UnitAchievement[] = [];
    for (const childId of childrenOf.get(unitId) ?? []) {
      const child = rollUp(childId);
      add(child.result);
      child.employeeIds.forEach((e) => employeeIds.add(e));
      children.push(child.result);
    }
    return {
      result: {
        unitId,
        ...totals,
        achievement: employeeIds.size === 0 ? null : achievementRatio(totals.approvedMinutes, totals.targetMinutes),
        employees: employeeIds.size,
        children,
      },
      employeeIds,
    };
  }
  return rollUp(rootUnitId).result;
}

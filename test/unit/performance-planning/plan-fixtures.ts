import { PerformancePlan } from '../../../src/modules/performance-planning/domain/performance-plan';
import { PlannedResultDraft } from '../../../src/modules/performance-planning/domain/planned-result';
import { CascadeContext } from '../../../src/modules/performance-planning/domain/result-cascade.policy';
import { UnitTarget } from '../../../src/modules/performance-planning/domain/unit-target';

export const AT = new Date('2026-01-10T02:00:00Z');
export const HEAD = 'head-1';
export const STAFF = 'staff-1';
export const UNIT = 'unit-1';

export const unitTarget = UnitTarget.create({
  id: 'target-1',
  unitId: UNIT,
  year: 2026,
  kind: 'RKAKL_OUTPUT',
  code: '4268.QDB.001',
  name: 'Penyaluran bantuan sosial',
  volume: '1200',
  outputUnit: 'KPM',
  budget: '2500000000',
});

export function draftFromTarget(title = 'Bansos tersalurkan'): PlannedResultDraft {
  return {
    title,
    indicators: [{ aspect: 'QUANTITY', name: 'KPM menerima bantuan', target: '1200', unit: 'KPM' }],
    source: { kind: 'UNIT_TARGET', unitTargetId: unitTarget.id },
  };
}

export function draftFromParent(parentResultId: string, title = 'Verifikasi data KPM'): PlannedResultDraft {
  return {
    title,
    indicators: [{ aspect: 'QUANTITY', name: 'Data terverifikasi', target: '300', unit: 'dokumen' }],
    source: { kind: 'PARENT_RESULT', parentResultId },
  };
}

export const headContext: CascadeContext = { employeeIsUnitHead: true, employeeUnitId: UNIT, supervisorPlan: null, unitTarget };

export function staffContext(supervisorPlan: PerformancePlan | null): CascadeContext {
  return { employeeIsUnitHead: false, employeeUnitId: UNIT, supervisorPlan, unitTarget: null };
}

/** The head's plan, approved, with one result cascaded from the unit target. */
export function approvedHeadPlan(): { plan: PerformancePlan; parentResultId: string } {
  const plan = PerformancePlan.draft({ employeeId: HEAD, year: 2026, at: AT });
  const result = plan.addResult(draftFromTarget(), headContext, AT);
  plan.submit(AT);
  plan.approve('director-1', AT);
  return { plan, parentResultId: result.id };
}

export function staffPlan(employeeId = STAFF): PerformancePlan {
  return PerformancePlan.draft({ employeeId, year: 2026, at: AT });
}

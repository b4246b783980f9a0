import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { IndicatorInput } from '../../domain/indicator';
import { ApprovedPlanVersion, PerformancePlan, PerformancePlanStatus } from '../../domain/performance-plan';
import { PlannedResult } from '../../domain/planned-result';
import { UnitTarget, UnitTargetKind } from '../../domain/unit-target';

export const toUnitTarget = (r: any): UnitTarget =>
  UnitTarget.create({
    id: r.id,
    unitId: r.unit_id,
    year: r.year,
    kind: r.kind as UnitTargetKind,
    code: r.code,
    name: r.name,
    volume: r.volume,
    outputUnit: r.output_unit,
    budget: r.budget,
  });

const toResult = (r: any): PlannedResult =>
  PlannedResult.create(
    {
      title: r.title,
      indicators: r.indicators as IndicatorInput[],
      source: r.unit_target_id ? { kind: 'UNIT_TARGET', unitTargetId: r.unit_target_id } : { kind: 'PARENT_RESULT', parentResultId: r.parent_result_id },
    },
    r.id,
  );

/** Plans from their rows, with every version's results and the approvals, in two more queries. */
export async function restorePlans(uow: UnitOfWork, planRows: any[]): Promise<PerformancePlan[]> {
  if (planRows.length === 0) return [];
  const ids = planRows.map((r) => r.id);
  const results = await uow.query(`SELECT * FROM planning.plan_results WHERE plan_id = ANY($1::uuid[]) ORDER BY plan_id, version, ordinal`, [ids]);
  const approvals = await uow.query(`SELECT * FROM planning.plan_approvals WHERE plan_id = ANY($1::uuid[]) ORDER BY plan_id, version`, [ids]);
  const resultsOf = new Map<string, PlannedResult[]>();
  for (const r of results) {
    const key = `${r.plan_id}|${r.version}`;
    resultsOf.set(key, [...(resultsOf.get(key) ?? []), toResult(r)]);
  }
  return planRows.map((p) =>
    PerformancePlan.restore({
      id: p.id,
      employeeId: p.employee_id,
      year: p.year,
      periodStart: p.period_start,
      periodEnd: p.period_end,
      isClosed: p.is_closed,
      status: p.status as PerformancePlanStatus,
      version: p.version,
      returnReason: p.return_reason,
      results: resultsOf.get(`${p.id}|${p.version}`) ?? [],
      approvedVersions: approvals
        .filter((a: any) => a.plan_id === p.id)
        .map((a: any): ApprovedPlanVersion => ({
          version: a.version,
          approvedBy: a.approved_by,
          approvedAt: a.approved_at,
          results: resultsOf.get(`${p.id}|${a.version}`) ?? [],
        })),
    }),
  );
}

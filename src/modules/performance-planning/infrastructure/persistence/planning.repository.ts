import { Injectable } from '@nestjs/common';
import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { Indicator, IndicatorInput } from '../../domain/indicator';
import { ApprovedPlanVersion, PerformancePlan, PerformancePlanStatus } from '../../domain/performance-plan';
import { PlannedResult } from '../../domain/planned-result';
import { UnitTarget, UnitTargetKind } from '../../domain/unit-target';

const toUnitTarget = (r: any): UnitTarget =>
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

/** The latest approved version of a plan, flattened for other modules. */
export interface ApprovedPlanRow {
  planId: Id;
  employeeId: Id;
  year: number;
  periodStart: LocalDate;
  periodEnd: LocalDate;
  version: number;
  results: Array<{ id: Id; title: string; indicators: IndicatorInput[] }>;
}

/** Persistence of plans and unit targets, in plain SQL through the current unit of work. */
@Injectable()
export class PlanningRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async insertUnitTarget(t: UnitTarget): Promise<void> {
    await this.uow.query(
      `INSERT INTO planning.unit_targets (id, unit_id, year, kind, code, name, volume, output_unit, budget) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
      [t.id, t.unitId, t.year, t.kind, t.code, t.name, t.volume, t.outputUnit, t.budget?.toString() ?? null],
    );
  }

  async unitTarget(id: Id): Promise<UnitTarget | null> {
    const [row] = await this.uow.query(`SELECT * FROM planning.unit_targets WHERE id = $1`, [id]);
    return row ? toUnitTarget(row) : null;
  }

  async listUnitTargets(filter: { unitId?: string; year?: number; after?: string; limit: number }): Promise<UnitTarget[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.unitId) where.push(`unit_id = $${params.push(filter.unitId)}`);
    if (filter.year) where.push(`year = $${params.push(filter.year)}`);
    if (filter.after) where.push(`id > $${params.push(filter.after)}`);
    const rows = await this.uow.query(
      `SELECT * FROM planning.unit_targets ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id LIMIT $${params.push(filter.limit + 1)}`,
      params,
    );
    return rows.map(toUnitTarget);
  }

  async plan(id: Id, forUpdate = false): Promise<PerformancePlan | null> {
    const [row] = await this.uow.query(`SELECT * FROM planning.plans WHERE id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`, [id]);
    return row ? (await this.restore([row]))[0] : null;
  }

  /** The employee's plan whose period contains `date`. */
  async planCovering(employeeId: Id, date: LocalDate, forUpdate = false): Promise<PerformancePlan | null> {
    const [row] = await this.uow.query(
      `SELECT * FROM planning.plans WHERE employee_id = $1 AND period_start <= $2 AND period_end >= $2 ${forUpdate ? 'FOR UPDATE' : ''}`,
      [employeeId, date],
    );
    return row ? (await this.restore([row]))[0] : null;
  }

  async plansOf(employeeIds: Id[], year: number, forUpdate = false): Promise<PerformancePlan[]> {
    const rows = await this.uow.query(
      `SELECT * FROM planning.plans WHERE employee_id = ANY($1::uuid[]) AND year = $2 ORDER BY employee_id, period_start ${forUpdate ? 'FOR UPDATE' : ''}`,
      [employeeIds, year],
    );
    return this.restore(rows);
  }

  async listPlans(filter: { employeeIds?: Id[]; year?: number; status?: string; after?: string; limit: number }): Promise<PerformancePlan[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.employeeIds) where.push(`employee_id = ANY($${params.push(filter.employeeIds)}::uuid[])`);
    if (filter.year) where.push(`year = $${params.push(filter.year)}`);
    if (filter.status) where.push(`status = $${params.push(filter.status)}`);
    if (filter.after) where.push(`id > $${params.push(filter.after)}`);
    const rows = await this.uow.query(
      `SELECT * FROM planning.plans ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id LIMIT $${params.push(filter.limit + 1)}`,
      params,
    );
    return this.restore(rows);
  }

  private async restore(planRows: any[]): Promise<PerformancePlan[]> {
    if (planRows.length === 0) return [];
    const ids = planRows.map((r) => r.id);
    const results = await this.uow.query(`SELECT * FROM planning.plan_results WHERE plan_id = ANY($1::uuid[]) ORDER BY plan_id, version, ordinal`, [ids]);
    const approvals = await this.uow.query(`SELECT * FROM planning.plan_approvals WHERE plan_id = ANY($1::uuid[]) ORDER BY plan_id, version`, [ids]);
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
          .map(
            (a: any): ApprovedPlanVersion => ({
              version: a.version,
              approvedBy: a.approved_by,
              approvedAt: a.approved_at,
              results: resultsOf.get(`${p.id}|${a.version}`) ?? [],
            }),
          ),
      }),
    );
  }

  /**
   * Writes plans as their aggregates now stand: the plan rows, the working version's results (replaced as
   * a whole) and any new approval. Set-based, so a bulk assignment to a team is a handful of statements.
   */
  async save(plans: PerformancePlan[]): Promise<void> {
    if (plans.length === 0) return;
    const states = plans.map((p) => p.snapshot());
    await this.uow.query(
      `INSERT INTO planning.plans (id, employee_id, year, period_start, period_end, is_closed, status, version, return_reason)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::smallint[], $4::date[], $5::date[], $6::boolean[], $7::text[], $8::int[], $9::text[])
       ON CONFLICT (id) DO UPDATE SET period_end = EXCLUDED.period_end, is_closed = EXCLUDED.is_closed, status = EXCLUDED.status,
         version = EXCLUDED.version, return_reason = EXCLUDED.return_reason, updated_at = now()`,
      [
        states.map((s) => s.id),
        states.map((s) => s.employeeId),
        states.map((s) => s.year),
        states.map((s) => s.periodStart),
        states.map((s) => s.periodEnd),
        states.map((s) => s.isClosed),
        states.map((s) => s.status),
        states.map((s) => s.version),
        states.map((s) => s.returnReason),
      ],
    );
    await this.uow.query(
      `DELETE FROM planning.plan_results r USING unnest($1::uuid[], $2::int[]) AS w(plan_id, version)
        WHERE r.plan_id = w.plan_id AND r.version = w.version
          AND NOT EXISTS (SELECT 1 FROM planning.plan_approvals a WHERE a.plan_id = w.plan_id AND a.version = w.version)`,
      [states.map((s) => s.id), states.map((s) => s.version)],
    );
    const rows = states.flatMap((s) => s.results.map((r, ordinal) => ({ planId: s.id, version: s.version, r, ordinal })));
    if (rows.length > 0) {
      await this.uow.query(
        `INSERT INTO planning.plan_results (plan_id, version, id, ordinal, title, parent_result_id, unit_target_id, indicators)
         SELECT plan_id, version, id, ordinal, title, parent_result_id, unit_target_id, indicators::jsonb
           FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::int[], $5::text[], $6::uuid[], $7::uuid[], $8::text[])
             AS x(plan_id, version, id, ordinal, title, parent_result_id, unit_target_id, indicators)
         ON CONFLICT (plan_id, version, id) DO NOTHING`,
        [
          rows.map((x) => x.planId),
          rows.map((x) => x.version),
          rows.map((x) => x.r.id),
          rows.map((x) => x.ordinal),
          rows.map((x) => x.r.title),
          rows.map((x) => (x.r.source.kind === 'PARENT_RESULT' ? x.r.source.parentResultId : null)),
          rows.map((x) => (x.r.source.kind === 'UNIT_TARGET' ? x.r.source.unitTargetId : null)),
          rows.map((x) => JSON.stringify(x.r.indicators.map((i: Indicator) => i.toInput()))),
        ],
      );
    }
    const approvals = states.flatMap((s) => s.approvedVersions.map((a) => ({ planId: s.id, ...a })));
    if (approvals.length > 0) {
      await this.uow.query(
        `INSERT INTO planning.plan_approvals (plan_id, version, approved_by, approved_at)
         SELECT * FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::timestamptz[]) ON CONFLICT DO NOTHING`,
        [approvals.map((a) => a.planId), approvals.map((a) => a.version), approvals.map((a) => a.approvedBy), approvals.map((a) => a.approvedAt)],
      );
    }
  }

  /** The latest approved version of every plan of these employees in `year`, in two queries. */
  async approvedPlans(employeeIds: Id[], year: number): Promise<ApprovedPlanRow[]> {
    const rows = await this.uow.query(
      `SELECT p.id, p.employee_id, p.year, p.period_start, p.period_end, a.version,
              coalesce(json_agg(json_build_object('id', r.id, 'title', r.title, 'indicators', r.indicators) ORDER BY r.ordinal)
                       FILTER (WHERE r.id IS NOT NULL), '[]') AS results
         FROM planning.plans p
         JOIN LATERAL (SELECT max(version) AS version FROM planning.plan_approvals WHERE plan_id = p.id) a ON a.version IS NOT NULL
         LEFT JOIN planning.plan_results r ON r.plan_id = p.id AND r.version = a.version
        WHERE p.employee_id = ANY($1::uuid[]) AND p.year = $2
        GROUP BY p.id, a.version`,
      [employeeIds, year],
    );
    return rows.map((r: any) => ({
      planId: r.id,
      employeeId: r.employee_id,
      year: r.year,
      periodStart: r.period_start,
      periodEnd: r.period_end,
      version: r.version,
      results: r.results,
    }));
  }
}

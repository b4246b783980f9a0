import { Injectable } from '@nestjs/common';
import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { PlanRepository } from '../../application/ports/plan-repository';
import { Indicator } from '../../domain/indicator';
import { PerformancePlan } from '../../domain/performance-plan';
import { restorePlans } from './plan-rows';

const lock = (options?: { forUpdate: boolean }) => (options?.forUpdate ? 'FOR UPDATE' : '');

/** Plans in plain SQL through the current unit of work. */
@Injectable()
export class PgPlanRepository extends PlanRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async plan(id: Id, options?: { forUpdate: boolean }): Promise<PerformancePlan | null> {
    const rows = await this.uow.query(`SELECT * FROM planning.plans WHERE id = $1 ${lock(options)}`, [id]);
    return (await restorePlans(this.uow, rows))[0] ?? null;
  }

  async planCovering(employeeId: Id, date: LocalDate, options?: { forUpdate: boolean }): Promise<PerformancePlan | null> {
    const rows = await this.uow.query(`SELECT * FROM planning.plans WHERE employee_id = $1 AND period_start <= $2 AND period_end >= $2 ${lock(options)}`, [employeeId, date]);
    return (await restorePlans(this.uow, rows.slice(0, 1)))[0] ?? null;
  }

  async plansOf(employeeIds: readonly Id[], year: number, options?: { forUpdate: boolean }): Promise<PerformancePlan[]> {
    const rows = await this.uow.query(`SELECT * FROM planning.plans WHERE employee_id = ANY($1::uuid[]) AND year = $2 ORDER BY employee_id, period_start ${lock(options)}`, [
      employeeIds,
      year,
    ]);
    return restorePlans(this.uow, rows);
  }

  /**
   * Writes plans as their aggregates now stand: the plan rows, the working version's results (replaced as
   * a whole) and any new approval. Set-based, so a bulk assignment to a team is a handful of statements.
   */
  async save(plans: readonly PerformancePlan[]): Promise<void> {
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
}

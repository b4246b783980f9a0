import { Injectable } from '@nestjs/common';
import { Id } from '../../../../shared-kernel/ids';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { ApprovedPlanRow, PlanningReadModel } from '../../application/ports/planning-read-model';
import { PerformancePlan } from '../../domain/performance-plan';
import { restorePlans } from './plan-rows';

@Injectable()
export class PgPlanningReadModel extends PlanningReadModel {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async plan(id: Id): Promise<PerformancePlan | null> {
    const rows = await this.uow.query(`SELECT * FROM planning.plans WHERE id = $1`, [id]);
    return (await restorePlans(this.uow, rows))[0] ?? null;
  }

  async plans(filter: { employeeIds?: readonly Id[]; year?: number; status?: string; after?: string; limit: number }): Promise<PerformancePlan[]> {
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
    return restorePlans(this.uow, rows);
  }

  async approvedPlans(employeeIds: readonly Id[], year: number): Promise<ApprovedPlanRow[]> {
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

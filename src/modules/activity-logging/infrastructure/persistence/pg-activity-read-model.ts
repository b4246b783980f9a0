import { Injectable } from '@nestjs/common';
import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { ActivityView } from '../../application/activity-view';
import { ActivityListFilter, ActivityReadModel, DayMinutes, ResultRealisation } from '../../application/ports/activity-read-model';
import { activityRowView, plain } from './activity-rows';

function pageConditions(filter: ActivityListFilter, params: unknown[], alias: string): string[] {
  const where: string[] = [];
  if (filter.from) where.push(`${alias}.date >= $${params.push(filter.from)}`);
  if (filter.to) where.push(`${alias}.date <= $${params.push(filter.to)}`);
  if (filter.status) where.push(`${alias}.status = $${params.push(filter.status)}`);
  if (filter.after) where.push(`(${alias}.date, ${alias}.id) > ($${params.push(filter.after[0])}::date, $${params.push(filter.after[1])}::uuid)`);
  return where;
}

@Injectable()
export class PgActivityReadModel extends ActivityReadModel {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async activity(id: Id): Promise<ActivityView | null> {
    const [row] = await this.uow.query(`SELECT * FROM activity.activities WHERE id = $1`, [id]);
    return row ? activityRowView(row) : null;
  }

  async evidenceFile(id: Id): Promise<{ employeeId: Id; date: LocalDate; fileRef: string | null } | null> {
    const [row] = await this.uow.query(`SELECT employee_id, date, evidence_url, evidence_file FROM activity.activities WHERE id = $1`, [id]);
    return row ? { employeeId: row.employee_id, date: row.date, fileRef: row.evidence_url ? null : (row.evidence_file ?? null) } : null;
  }

  async listOfEmployee(employeeId: Id, filter: ActivityListFilter): Promise<ActivityView[]> {
    const params: unknown[] = [employeeId];
    const where = ['a.employee_id = $1', ...pageConditions(filter, params, 'a')];
    const rows = await this.uow.query(`SELECT a.* FROM activity.activities a WHERE ${where.join(' AND ')} ORDER BY a.date, a.id LIMIT $${params.push(filter.limit + 1)}`, params);
    return rows.map(activityRowView);
  }

  async listInIntervals(intervals: ReadonlyArray<{ employeeId: Id; from: LocalDate; to: LocalDate | null }>, filter: ActivityListFilter): Promise<ActivityView[]> {
    if (intervals.length === 0) return [];
    const params: unknown[] = [intervals.map((i) => i.employeeId), intervals.map((i) => i.from), intervals.map((i) => i.to ?? 'infinity')];
    const where = pageConditions(filter, params, 'a');
    const rows = await this.uow.query(
      `SELECT a.* FROM activity.activities a
         JOIN unnest($1::uuid[], $2::date[], $3::date[]) AS s(employee_id, from_date, to_date)
           ON a.employee_id = s.employee_id AND a.date BETWEEN s.from_date AND s.to_date
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.date, a.id LIMIT $${params.push(filter.limit + 1)}`,
      params,
    );
    return rows.map(activityRowView);
  }

  async minutesByDay(employeeIds: readonly Id[], from: LocalDate, to: LocalDate): Promise<DayMinutes[]> {
    const rows = await this.uow.query(
      `SELECT employee_id, date,
              sum(approved_minutes) FILTER (WHERE status = 'APPROVED')::int AS approved,
              coalesce(sum(claimed_minutes) FILTER (WHERE status = 'SUBMITTED'), 0)::int AS pending,
              count(*) FILTER (WHERE status = 'SUBMITTED')::int AS pending_count
         FROM activity.activities
        WHERE employee_id = ANY($1::uuid[]) AND date BETWEEN $2 AND $3 AND status <> 'REJECTED'
        GROUP BY employee_id, date`,
      [employeeIds, from, to],
    );
    return rows.map((r: any) => ({ employeeId: r.employee_id, date: r.date, approvedMinutes: r.approved ?? 0, pendingMinutes: r.pending, pendingActivities: r.pending_count }));
  }

  async realisation(resultIds: readonly Id[], from: LocalDate, to: LocalDate): Promise<Map<Id, ResultRealisation>> {
    const rows = await this.uow.query(
      `SELECT result_id, sum(approved_quantity)::text AS qty, sum(approved_minutes)::int AS minutes, count(*)::int AS n
         FROM activity.activities
        WHERE result_id = ANY($1::uuid[]) AND status = 'APPROVED' AND date BETWEEN $2 AND $3
        GROUP BY result_id`,
      [resultIds, from, to],
    );
    return new Map(rows.map((r: any) => [r.result_id, { approvedQuantity: plain(r.qty)!, approvedMinutes: r.minutes, activities: r.n }]));
  }
}

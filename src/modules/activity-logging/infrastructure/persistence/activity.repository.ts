import { Injectable } from '@nestjs/common';
import { Dec } from '../../../../shared-kernel/decimal';
import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { ActivityCatalogItem } from '../../domain/activity-catalog-item';
import { DailyActivity, DailyActivityState, DailyActivityStatus } from '../../domain/daily-activity';

const toCatalogItem = (r: any): ActivityCatalogItem =>
  ActivityCatalogItem.create({ id: r.id, code: r.code, name: r.name, outputUnit: r.output_unit, minutesPerUnit: r.minutes_per_unit, unitId: r.unit_id });

/** numeric(12,2) comes back as '3.00'; the domain writes quantities in their shortest form. */
const plain = (value: string | null): string | null => (value === null ? null : new Dec(value).toFixed());

const toActivity = (r: any): DailyActivity =>
  DailyActivity.restore({
    id: r.id,
    employeeId: r.employee_id,
    date: r.date,
    startTime: r.start_time,
    endTime: r.end_time,
    catalogCode: r.catalog_code,
    minutesPerUnit: r.minutes_per_unit,
    quantity: plain(r.quantity)!,
    description: r.description,
    purpose: r.result_id ? { kind: 'RESULT', resultId: r.result_id } : { kind: 'ADDITIONAL_TASK' },
    evidence: r.evidence_url ? { kind: 'URL', url: r.evidence_url } : r.evidence_file ? { kind: 'FILE', fileRef: r.evidence_file } : null,
    status: r.status as DailyActivityStatus,
    submittedAt: r.submitted_at,
    approvedQuantity: plain(r.approved_quantity),
    reviewNote: r.review_note,
    rejectionReason: r.rejection_reason,
    reviewedBy: r.reviewed_by,
    reviewedAt: r.reviewed_at,
  });

const COLUMNS = [
  ['id', 'uuid'],
  ['employee_id', 'uuid'],
  ['date', 'date'],
  ['start_time', 'text'],
  ['end_time', 'text'],
  ['catalog_code', 'text'],
  ['minutes_per_unit', 'int'],
  ['quantity', 'numeric'],
  ['claimed_minutes', 'int'],
  ['description', 'text'],
  ['result_id', 'uuid'],
  ['evidence_url', 'text'],
  ['evidence_file', 'text'],
  ['status', 'text'],
  ['submitted_at', 'timestamptz'],
  ['approved_quantity', 'numeric'],
  ['approved_minutes', 'int'],
  ['review_note', 'text'],
  ['rejection_reason', 'text'],
  ['reviewed_by', 'uuid'],
  ['reviewed_at', 'timestamptz'],
] as const;

function columnsOf(a: DailyActivity): unknown[] {
  const s: DailyActivityState = a.snapshot();
  return [
    s.id,
    s.employeeId,
    s.date,
    s.startTime,
    s.endTime,
    s.catalogCode,
    s.minutesPerUnit,
    s.quantity,
    a.claimedMinutes,
    s.description,
    s.purpose.kind === 'RESULT' ? s.purpose.resultId : null,
    s.evidence?.kind === 'URL' ? s.evidence.url : null,
    s.evidence?.kind === 'FILE' ? s.evidence.fileRef : null,
    s.status,
    s.submittedAt,
    s.approvedQuantity,
    a.approvedMinutes,
    s.reviewNote,
    s.rejectionReason,
    s.reviewedBy,
    s.reviewedAt,
  ];
}

/** Column-wise arrays for `unnest`, so many activities are written by one statement. */
function unnestParams(activities: DailyActivity[]): unknown[][] {
  const rows = activities.map(columnsOf);
  return COLUMNS.map((_, i) => rows.map((r) => r[i]));
}

const UNNEST = `unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')}) AS x(${COLUMNS.map(([name]) => name).join(', ')})`;

/** An activity as the API shows it (activityView's shape), read from its row without restoring the aggregate. */
export const activityRowView = (r: any) => {
  const url: string | null = r.evidence_url ?? null;
  return {
    id: r.id as Id,
    employeeId: r.employee_id as Id,
    date: r.date as LocalDate,
    startTime: r.start_time as string,
    endTime: r.end_time as string,
    catalogCode: r.catalog_code as string,
    minutesPerUnit: r.minutes_per_unit as number,
    quantity: plain(r.quantity)!,
    claimedMinutes: r.claimed_minutes as number,
    description: r.description as string,
    resultId: (r.result_id ?? null) as Id | null,
    additionalTask: !r.result_id,
    evidenceUrl: url,
    evidenceFile: url === null && r.evidence_file != null,
    status: r.status as DailyActivityStatus,
    submittedAt: r.submitted_at as Date,
    approvedQuantity: plain(r.approved_quantity),
    // Stored with the row by the aggregate (insert/update), and what achievement sums.
    approvedMinutes: r.status === 'APPROVED' ? (r.approved_minutes as number) : 0,
    reviewNote: (r.review_note ?? null) as string | null,
    rejectionReason: (r.rejection_reason ?? null) as string | null,
    reviewedBy: (r.reviewed_by ?? null) as Id | null,
    reviewedAt: (r.reviewed_at ?? null) as Date | null,
  };
};

export type ActivityRowView = ReturnType<typeof activityRowView>;

export interface ActivityListFilter {
  employeeIds?: Id[];
  from?: LocalDate;
  to?: LocalDate;
  status?: DailyActivityStatus;
  after?: [LocalDate, Id];
  limit: number;
}

/** Persistence of the catalogue and of daily activities, in plain SQL through the current unit of work. */
@Injectable()
export class ActivityRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async insertCatalogItem(item: ActivityCatalogItem): Promise<void> {
    await this.uow.query(`INSERT INTO activity.catalog_items (id, code, name, output_unit, minutes_per_unit, unit_id) VALUES ($1,$2,$3,$4,$5,$6)`, [
      item.id,
      item.code,
      item.name,
      item.outputUnit,
      item.minutesPerUnit,
      item.unitId,
    ]);
  }

  async catalogItem(id: Id): Promise<ActivityCatalogItem | null> {
    const [row] = await this.uow.query(`SELECT * FROM activity.catalog_items WHERE id = $1`, [id]);
    return row ? toCatalogItem(row) : null;
  }

  /** The items of the global catalogue and of the given units (null: every item), by code. */
  async catalog(unitIds: Id[] | null, filter: { codes?: string[]; after?: string; limit?: number } = {}): Promise<ActivityCatalogItem[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (unitIds !== null) where.push(`(unit_id IS NULL OR unit_id = ANY($${params.push(unitIds)}::uuid[]))`);
    if (filter.codes) where.push(`code = ANY($${params.push(filter.codes)}::text[])`);
    if (filter.after) where.push(`id > $${params.push(filter.after)}`);
    const limit = filter.limit ? `LIMIT $${params.push(filter.limit + 1)}` : '';
    const rows = await this.uow.query(`SELECT * FROM activity.catalog_items ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id ${limit}`, params);
    return rows.map(toCatalogItem);
  }

  /**
   * Serialises writers of one employee's day, so two concurrent entries cannot both pass the overlap and
   * cap rules. Held until the transaction ends.
   */
  async lockDays(keys: Array<{ employeeId: Id; date: LocalDate }>): Promise<void> {
    const sorted = [...new Set(keys.map((k) => `${k.employeeId}|${k.date}`))].sort();
    await this.uow.query(`SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest($1::text[]) AS k ORDER BY k`, [sorted]);
  }

  async activity(id: Id, forUpdate = false): Promise<DailyActivity | null> {
    const [row] = await this.uow.query(`SELECT * FROM activity.activities WHERE id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`, [id]);
    return row ? toActivity(row) : null;
  }

  async activities(ids: Id[], forUpdate = false): Promise<DailyActivity[]> {
    const rows = await this.uow.query(`SELECT * FROM activity.activities WHERE id = ANY($1::uuid[]) ORDER BY id ${forUpdate ? 'FOR UPDATE' : ''}`, [ids]);
    return rows.map(toActivity);
  }

  /** The activities of these employees on these dates (for the day rules of many entries at once). */
  async activitiesOfDays(keys: Array<{ employeeId: Id; date: LocalDate }>): Promise<DailyActivity[]> {
    if (keys.length === 0) return [];
    const rows = await this.uow.query(
      `SELECT a.* FROM activity.activities a JOIN unnest($1::uuid[], $2::date[]) AS k(employee_id, date) ON a.employee_id = k.employee_id AND a.date = k.date`,
      [keys.map((k) => k.employeeId), keys.map((k) => k.date)],
    );
    return rows.map(toActivity);
  }

  async list(filter: ActivityListFilter): Promise<DailyActivity[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.employeeIds) where.push(`employee_id = ANY($${params.push(filter.employeeIds)}::uuid[])`);
    if (filter.from) where.push(`date >= $${params.push(filter.from)}`);
    if (filter.to) where.push(`date <= $${params.push(filter.to)}`);
    if (filter.status) where.push(`status = $${params.push(filter.status)}`);
    if (filter.after) where.push(`(date, id) > ($${params.push(filter.after[0])}::date, $${params.push(filter.after[1])}::uuid)`);
    const rows = await this.uow.query(
      `SELECT * FROM activity.activities ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY date, id LIMIT $${params.push(filter.limit + 1)}`,
      params,
    );
    return rows.map(toActivity);
  }

  /**
   * One page of the activities whose (employee, date) falls in one of `intervals` (`to` null: open-ended),
   * oldest first, as plain rows: the supervisor inbox, paged in SQL.
   */
  async listInIntervals(
    intervals: ReadonlyArray<{ employeeId: Id; from: LocalDate; to: LocalDate | null }>,
    filter: Omit<ActivityListFilter, 'employeeIds'>,
  ): Promise<ActivityRowView[]> {
    if (intervals.length === 0) return [];
    const params: unknown[] = [intervals.map((i) => i.employeeId), intervals.map((i) => i.from), intervals.map((i) => i.to ?? 'infinity')];
    const where: string[] = [];
    if (filter.from) where.push(`a.date >= $${params.push(filter.from)}`);
    if (filter.to) where.push(`a.date <= $${params.push(filter.to)}`);
    if (filter.status) where.push(`a.status = $${params.push(filter.status)}`);
    if (filter.after) where.push(`(a.date, a.id) > ($${params.push(filter.after[0])}::date, $${params.push(filter.after[1])}::uuid)`);
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

  async insert(activities: DailyActivity[], imported = false): Promise<void> {
    if (activities.length === 0) return;
    const params = unnestParams(activities);
    await this.uow.query(
      `INSERT INTO activity.activities (${COLUMNS.map(([n]) => n).join(', ')}, imported) SELECT x.*, $${params.length + 1} FROM ${UNNEST}`,
      [...params, imported],
    );
  }

  async update(activities: DailyActivity[]): Promise<void> {
    if (activities.length === 0) return;
    const assignments = COLUMNS.filter(([n]) => n !== 'id' && n !== 'employee_id' && n !== 'date').map(([n]) => `${n} = x.${n}`);
    await this.uow.query(`UPDATE activity.activities a SET ${assignments.join(', ')} FROM ${UNNEST} WHERE a.id = x.id`, unnestParams(activities));
  }

  /** Approved and unreviewed minutes per employee and day, in one aggregate; rejected activities count for nothing. */
  async minutesByDay(
    employeeIds: Id[],
    from: LocalDate,
    to: LocalDate,
  ): Promise<Array<{ employeeId: Id; date: LocalDate; approvedMinutes: number; pendingMinutes: number; pendingActivities: number }>> {
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

  /** Per planned result: approved quantity and minutes up to `to` (year to date). */
  async realisation(resultIds: Id[], from: LocalDate, to: LocalDate): Promise<Map<Id, { approvedQuantity: string; approvedMinutes: number; activities: number }>> {
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

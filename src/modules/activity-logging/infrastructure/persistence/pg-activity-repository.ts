import { Injectable } from '@nestjs/common';
import { Id } from '../../../../shared-kernel/ids';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { ActivityRepository, DayKey } from '../../application/ports/activity-repository';
import { DailyActivity } from '../../domain/daily-activity';
import { COLUMNS, toActivity, UNNEST, unnestParams } from './activity-rows';

/** Daily activities in plain SQL through the current unit of work; many rows are one statement. */
@Injectable()
export class PgActivityRepository extends ActivityRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async lockDaysAndRead(keys: readonly DayKey[]): Promise<DailyActivity[]> {
    if (keys.length === 0) return [];
    // One round trip: see the function's migration for why the read inside it sees the lock holder's rows.
    const rows = await this.uow.query(`SELECT * FROM activity.lock_days_and_read($1::uuid[], $2::date[])`, [keys.map((k) => k.employeeId), keys.map((k) => k.date)]);
    return rows.map(toActivity);
  }

  async activitiesForUpdate(ids: readonly Id[]): Promise<DailyActivity[]> {
    const rows = await this.uow.query(`SELECT * FROM activity.activities WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [ids]);
    return rows.map(toActivity);
  }

  async insert(activities: readonly DailyActivity[], options: { imported: boolean } = { imported: false }): Promise<void> {
    if (activities.length === 0) return;
    const params = unnestParams([...activities]);
    await this.uow.query(`INSERT INTO activity.activities (${COLUMNS.map(([n]) => n).join(', ')}, imported) SELECT x.*, $${params.length + 1} FROM ${UNNEST}`, [
      ...params,
      options.imported,
    ]);
  }

  async update(activities: readonly DailyActivity[]): Promise<void> {
    if (activities.length === 0) return;
    const assignments = COLUMNS.filter(([n]) => n !== 'id' && n !== 'employee_id' && n !== 'date').map(([n]) => `${n} = x.${n}`);
    await this.uow.query(`UPDATE activity.activities a SET ${assignments.join(', ')} FROM ${UNNEST} WHERE a.id = x.id`, unnestParams([...activities]));
  }

  async evidenceBytesOf(employeeId: Id, exceptActivityId: Id): Promise<number> {
    await this.uow.query(`SELECT pg_advisory_xact_lock(hashtextextended('activity-evidence:' || $1, 0))`, [employeeId]);
    const [{ bytes }] = await this.uow.query<{ bytes: string }>(
      `SELECT coalesce(sum(evidence_bytes), 0)::text AS bytes FROM activity.activities WHERE employee_id = $1 AND id <> $2 AND evidence_file IS NOT NULL`,
      [employeeId, exceptActivityId],
    );
    return Number(bytes);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Locking an employee's days and reading their activities in one round trip. A plain statement cannot do
 * both: its snapshot is taken before it waits for the lock, so it would miss the entry of the writer it
 * waited for. A VOLATILE function takes a fresh snapshot for each of its queries, so the read runs after
 * the lock is held and sees every entry committed before.
 */
export class ActivityDayLock1764300000640 implements MigrationInterface {
  name = 'ActivityDayLock1764300000640';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION activity.lock_days_and_read(employee_ids uuid[], dates date[]) RETURNS SETOF activity.activities
      LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        -- In key order, so two writers of overlapping sets of days cannot deadlock.
        PERFORM pg_advisory_xact_lock(hashtextextended(k, 0))
           FROM (SELECT DISTINCT e::text || '|' || to_char(d, 'YYYY-MM-DD') AS k FROM unnest(employee_ids, dates) AS x(e, d)) keys
          ORDER BY k;
        RETURN QUERY
          SELECT a.* FROM activity.activities a
            JOIN (SELECT DISTINCT * FROM unnest(employee_ids, dates) AS x(employee_id, date)) k
              ON a.employee_id = k.employee_id AND a.date = k.date;
      END
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION activity.lock_days_and_read(uuid[], date[])`);
  }
}

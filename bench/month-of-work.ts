/**
 * A month of work for many employees, loaded set-based (INSERT … SELECT over generate_series, a statement a
 * table) straight into the modules' tables: the close benchmark and the close's fault tests measure the close,
 * not HR's data entry. Deterministic: the same arguments give the same rows, so runs compare.
 *
 * Per employee: a placed PNS (one in twenty CPNS, one in twenty PPPK) in one of `employees / 100` units (kelas 5
 * to 12), IN and OUT on every working day (a national holiday on the 16th), now and then late (half of those
 * days with an approved late-arrival permit), leaving early or absent (a third of those days an approved sick
 * leave); `activitiesPerDay` activities each day present (most approved, some rejected, the last two working
 * days awaiting review); a rating for nine in ten.
 */
import { Client } from 'pg';

/** Positions loaded straight into the table get what the app writes for a new one: their kelas from the start. */
export const POSITION_KELAS_FROM_THE_START = `INSERT INTO organization.position_kelas (position_id, effective_from, kelas)
  SELECT id, '-infinity', kelas FROM organization.positions p
   WHERE NOT EXISTS (SELECT 1 FROM organization.position_kelas k WHERE k.position_id = p.id)`;

export interface MonthOfWork {
  employees: number;
  /** 'YYYY-MM', a month whose 16th is a weekday. */
  month: string;
  activitiesPerDay?: 0 | 1 | 2;
}

export interface LoadedMonth {
  employees: number;
  workingDays: number;
  rows: Record<string, number>;
  seconds: number;
}

const EMPLOYEE_ID = `md5('employee-' || i)::uuid`;

export async function loadMonthOfWork(db: Client, { employees, month, activitiesPerDay = 2 }: MonthOfWork): Promise<LoadedMonth> {
  const started = process.hrtime.bigint();
  const units = Math.max(1, Math.ceil(employees / 100));
  const from = `${month}-01`;
  const rows: Record<string, number> = {};
  const run = async (name: string, sql: string, params: unknown[] = []) => {
    const res = await db.query(sql, params);
    rows[name] = (rows[name] ?? 0) + (res.rowCount ?? 0);
  };

  await run(
    'units',
    `INSERT INTO organization.units (id, code, name, type, parent_id, time_zone, is_satker, path)
    VALUES (md5('unit-root')::uuid, 'BENCH', 'Kementerian Bench', 'MINISTRY', NULL, 'Asia/Jakarta', true, '/' || md5('unit-root')::uuid || '/')`,
  );
  await run(
    'units',
    `INSERT INTO organization.units (id, code, name, type, parent_id, time_zone, path)
    SELECT md5('unit-' || u)::uuid, 'U' || u, 'Unit ' || u, 'ESELON_III', md5('unit-root')::uuid, 'Asia/Jakarta', '/' || md5('unit-root')::uuid || '/' || md5('unit-' || u)::uuid || '/'
      FROM generate_series(0, $1 - 1) u`,
    [units],
  );
  await run(
    'positions',
    `INSERT INTO organization.positions (id, code, name, kind, kelas, unit_id)
    SELECT md5('position-' || u)::uuid, 'STAF-' || u, 'Staf ' || u, 'PELAKSANA', 5 + u % 8, md5('unit-' || u)::uuid FROM generate_series(0, $1 - 1) u`,
    [units],
  );
  await run('position kelas', POSITION_KELAS_FROM_THE_START, []);
  // NIP: birth date (one a thousand employees), appointment 2009-07, sex 1, sequence.
  await run(
    'employees',
    `INSERT INTO organization.employees (id, nip, name, birth_date, sex)
    SELECT ${EMPLOYEE_ID}, to_char(date '1980-01-01' + i / 1000, 'YYYYMMDD') || '2009071' || lpad((i % 1000)::text, 3, '0'), 'Pegawai ' || i, date '1980-01-01' + i / 1000, 'MALE'
      FROM generate_series(0, $1 - 1) i`,
    [employees],
  );
  await run(
    'employee_statuses',
    `INSERT INTO organization.employee_statuses (id, employee_id, status, effective_date)
    SELECT gen_random_uuid(), ${EMPLOYEE_ID}, CASE i % 20 WHEN 0 THEN 'CPNS' WHEN 1 THEN 'PPPK' ELSE 'PNS' END, '2015-01-01' FROM generate_series(0, $1 - 1) i`,
    [employees],
  );
  await run(
    'assignments',
    `INSERT INTO organization.assignments (id, employee_id, position_id, type, start_date)
    SELECT gen_random_uuid(), ${EMPLOYEE_ID}, md5('position-' || (i % $2))::uuid, 'DEFINITIVE', '2020-01-01' FROM generate_series(0, $1 - 1) i`,
    [employees, units],
  );
  await run('holidays', `INSERT INTO organization.holidays (id, date, name) VALUES (gen_random_uuid(), ($1::date + 15), 'Libur nasional')`, [from]);

  // Every working day of the month, numbered, with what each employee did that day (see the header).
  await db.query(
    `CREATE TEMP TABLE month_of_work_days ON COMMIT PRESERVE ROWS AS
    SELECT d::date AS date, (row_number() OVER (ORDER BY d))::int AS n, extract(isodow FROM d)::int AS dow, count(*) OVER () AS total
      FROM generate_series($1::date, ($1::date + interval '1 month' - interval '1 day'), interval '1 day') d
     WHERE extract(isodow FROM d) <= 5 AND d::date <> $1::date + 15`,
    [from],
  );
  const workingDays = (await db.query(`SELECT count(*)::int AS n FROM month_of_work_days`)).rows[0].n as number;
  const employeeDays = `SELECT i, ${EMPLOYEE_ID} AS employee_id, d.date, d.n, d.dow, d.total, (i * 31 + d.n * 7) % 40 AS h
                          FROM generate_series(0, $1 - 1) i CROSS JOIN month_of_work_days d`;

  await run(
    'clock_events',
    `INSERT INTO attendance.clock_events (employee_id, at, direction, source)
    SELECT employee_id, (date + make_interval(mins => e.minute)) AT TIME ZONE 'Asia/Jakarta', e.direction, 'IMPORT'
      FROM (${employeeDays}) x,
           LATERAL (VALUES ('IN', CASE WHEN h IN (1, 2) THEN 7 * 60 + 31 + (i + n) % 60 ELSE 7 * 60 + (i * 3 + n) % 29 END),
                           ('OUT', CASE WHEN h = 3 THEN 15 * 60 + 40 ELSE 16 * 60 + CASE WHEN dow = 5 THEN 32 ELSE 3 END + (i + n) % 25 END)) AS e(direction, minute)
     WHERE h <> 0`,
    [employees],
  );
  await run(
    'absences',
    `INSERT INTO attendance.absences (id, employee_id, type, start_date, end_date, reason, status, decided_at)
    SELECT gen_random_uuid(), employee_id, 'CS', date, date, 'Sakit', 'APPROVED', date + time '09:00' FROM (${employeeDays}) x WHERE h = 0 AND i % 3 = 0`,
    [employees],
  );
  await run(
    'permits',
    `INSERT INTO attendance.permits (id, employee_id, type, date, reason, status, decided_at)
    SELECT gen_random_uuid(), employee_id, 'LATE_ARRIVAL', date, 'Ban bocor', 'APPROVED', date + time '10:00' FROM (${employeeDays}) x WHERE h IN (1, 2) AND i % 2 = 0`,
    [employees],
  );

  await run(
    'catalog_items',
    `INSERT INTO activity.catalog_items (id, code, name, output_unit, minutes_per_unit)
    VALUES (gen_random_uuid(), 'LAP', 'Menyusun laporan', 'laporan', 75), (gen_random_uuid(), 'BIMSOS', 'Bimbingan sosial', 'sesi', 60)`,
  );
  if (activitiesPerDay > 0) {
    await run(
      'activities',
      `INSERT INTO activity.activities (id, employee_id, date, start_time, end_time, catalog_code, minutes_per_unit, quantity, claimed_minutes, description,
                                       status, submitted_at, approved_quantity, approved_minutes, rejection_reason, reviewed_by, reviewed_at)
      SELECT gen_random_uuid(), employee_id, date, a.start_time, a.end_time, a.code, a.per_unit, 2, 2 * a.per_unit, a.description,
             s.status, date + time '17:00',
             CASE WHEN s.status = 'APPROVED' THEN 2 END, CASE WHEN s.status = 'APPROVED' THEN 2 * a.per_unit ELSE 0 END,
             CASE WHEN s.status = 'REJECTED' THEN 'Tidak sesuai rencana' END,
             CASE WHEN s.status <> 'SUBMITTED' THEN md5('supervisor')::uuid END, CASE WHEN s.status <> 'SUBMITTED' THEN date + time '20:00' END
        FROM (${employeeDays}) x
             CROSS JOIN LATERAL (VALUES (1, '08:00', '10:30', 'LAP', 75, 'Menyusun laporan asesmen klien'), (2, '13:00', '15:00', 'BIMSOS', 60, 'Bimbingan sosial kelompok'))
               AS a(k, start_time, end_time, code, per_unit, description)
             CROSS JOIN LATERAL (SELECT CASE WHEN n > total - 2 THEN 'SUBMITTED' WHEN (i + n + a.k) % 17 = 0 THEN 'REJECTED' ELSE 'APPROVED' END AS status) s
       WHERE h <> 0 AND a.k <= $2`,
      [employees, activitiesPerDay],
    );
  }

  await run(
    'appraisals',
    `INSERT INTO appraisal.appraisals (id, employee_id, period, period_length, period_end_month)
    SELECT md5('appraisal-' || i)::uuid, ${EMPLOYEE_ID}, $2, 1, $2 FROM generate_series(0, $1 - 1) i WHERE i % 10 <> 9`,
    [employees, month],
  );
  await run(
    'appraisal_versions',
    `INSERT INTO appraisal.appraisal_versions (appraisal_id, number, result_rating, behaviour_rating, behaviours, predikat, rated_by, rated_on, origin)
    SELECT md5('appraisal-' || i)::uuid, 1, r.result, r.behaviour, '{}'::jsonb, r.predikat, md5('supervisor')::uuid, $2::date + interval '1 month' - interval '1 day', 'RATING'
      FROM generate_series(0, $1 - 1) i
           CROSS JOIN LATERAL (SELECT * FROM (VALUES (0, 'ABOVE', 'ABOVE', 'SANGAT_BAIK'), (1, 'BELOW', 'AS_EXPECTED', 'BUTUH_PERBAIKAN')) v(k, result, behaviour, predikat) WHERE v.k = i % 5
                               UNION ALL SELECT 2, 'AS_EXPECTED', 'AS_EXPECTED', 'BAIK' WHERE i % 5 >= 2) r
     WHERE i % 10 <> 9`,
    [employees, from],
  );
  await db.query(`DROP TABLE month_of_work_days`);
  await db.query(`ANALYZE`);
  return { employees, workingDays, rows, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

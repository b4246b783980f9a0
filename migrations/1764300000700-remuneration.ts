import { MigrationInterface, QueryRunner } from 'typeorm';

/** Perpres 71/2023 (Kemensos), effective 2023-10-16: rules.md §5. */
const PERPRES_71_2023: Array<[number, number]> = [
  [17, 33240000],
  [16, 27577500],
  [15, 19280000],
  [14, 17064000],
  [13, 10936000],
  [12, 9896000],
  [11, 8757600],
  [10, 5979200],
  [9, 5079200],
  [8, 4595150],
  [7, 3915950],
  [6, 3510400],
  [5, 3134250],
  [4, 2985000],
  [3, 2898000],
  [2, 2708250],
  [1, 2531250],
];

export class Remuneration1764300000700 implements MigrationInterface {
  name = 'Remuneration1764300000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA remuneration`);
    await q.query(`
      CREATE TABLE remuneration.allowance_tables (
        id              uuid PRIMARY KEY,
        name            text NOT NULL,
        effective_from  date NOT NULL UNIQUE,
        created_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE remuneration.allowance_rates (
        table_id  uuid NOT NULL REFERENCES remuneration.allowance_tables(id),
        kelas     smallint NOT NULL CHECK (kelas BETWEEN 1 AND 17),
        amount    bigint NOT NULL CHECK (amount >= 0),
        PRIMARY KEY (table_id, kelas)
      )`);
    await q.query(`INSERT INTO remuneration.allowance_tables (id, name, effective_from) VALUES ('7a1c0d3e-0000-4000-8000-000000712023', 'Perpres 71/2023', '2023-10-16')`);
    await q.query(
      `INSERT INTO remuneration.allowance_rates (table_id, kelas, amount) SELECT '7a1c0d3e-0000-4000-8000-000000712023', k, a FROM unnest($1::smallint[], $2::bigint[]) AS r(k, a)`,
      [PERPRES_71_2023.map(([k]) => k), PERPRES_71_2023.map(([, a]) => a)],
    );
    // Every parameter of rules.md §4–6 in one document per version; an empty document means the defaults.
    await q.query(`
      CREATE TABLE remuneration.policy_versions (
        id              uuid PRIMARY KEY,
        effective_from  date NOT NULL UNIQUE,
        parameters      jsonb NOT NULL,
        created_at      timestamptz NOT NULL DEFAULT now()
      )`);
    // A month's row is created OPEN by its first writer (or the close). Writers hold it FOR SHARE inside their
    // transaction; the close takes it FOR UPDATE to leave OPEN, so no write lands in a month being closed.
    await q.query(`
      CREATE TABLE remuneration.periods (
        month               text PRIMARY KEY CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        status              text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSING', 'CLOSED')),
        closing_started_at  timestamptz,
        closed_at           timestamptz,
        policy_snapshot     jsonb,
        -- Close progress: employees are computed in id order, a chunk at a time; this is the last id of the
        -- last committed chunk, so a restarted close continues after it.
        progress_after      uuid,
        statement_count     integer NOT NULL DEFAULT 0,
        CHECK ((status = 'OPEN') = (closing_started_at IS NULL)),
        CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL)),
        CHECK (status = 'OPEN' OR policy_snapshot IS NOT NULL)
      )`);
    await q.query(`
      CREATE TABLE remuneration.statements (
        id             uuid PRIMARY KEY,
        employee_id    uuid NOT NULL,
        month          text NOT NULL REFERENCES remuneration.periods(month),
        version        integer NOT NULL CHECK (version >= 1),
        nip            text NOT NULL,
        employee_name  text NOT NULL,
        unit_id        uuid,
        unit_code      text,
        gross          bigint NOT NULL CHECK (gross >= 0),
        net            bigint NOT NULL CHECK (net >= 0),
        previous_net   bigint,
        delta          bigint NOT NULL,
        lines          jsonb NOT NULL,
        flags          jsonb NOT NULL,
        inputs         jsonb NOT NULL,
        stale          boolean NOT NULL DEFAULT false,
        computed_at    timestamptz NOT NULL DEFAULT now(),
        -- Every statement version exists exactly once, however often a close is restarted.
        UNIQUE (employee_id, month, version)
      )`);
    await q.query(`CREATE INDEX statements_month_unit ON remuneration.statements (month, unit_id, employee_id, version)`);
    await q.query(`CREATE INDEX statements_stale ON remuneration.statements (month) WHERE stale`);
    await q.query(`
      CREATE TABLE remuneration.sanctions (
        id             uuid PRIMARY KEY,
        employee_id    uuid NOT NULL,
        percent        numeric(5, 2) NOT NULL CHECK (percent > 0 AND percent <= 100),
        start_month    text NOT NULL CHECK (start_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        months         smallint NOT NULL CHECK (months BETWEEN 1 AND 120),
        end_month      text NOT NULL CHECK (end_month >= start_month),
        reason         text NOT NULL,
        decree_number  text NOT NULL,
        recorded_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX sanctions_employee ON remuneration.sanctions (employee_id, start_month)`);
    await q.query(`CREATE INDEX sanctions_months ON remuneration.sanctions (start_month, end_month)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA remuneration CASCADE`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class PerformancePlanning1764300000400 implements MigrationInterface {
  name = 'PerformancePlanning1764300000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA planning`);
    await q.query(`
      CREATE TABLE planning.unit_targets (
        id          uuid PRIMARY KEY,
        unit_id     uuid NOT NULL,
        year        smallint NOT NULL,
        kind        text NOT NULL CHECK (kind IN ('RKAKL_OUTPUT','IKU')),
        code        text NOT NULL,
        name        text NOT NULL,
        volume      numeric NOT NULL CHECK (volume > 0),
        output_unit text NOT NULL,
        -- whole rupiah
        budget      numeric(20,0) CHECK (budget >= 0),
        created_at  timestamptz NOT NULL DEFAULT now(),
        UNIQUE (unit_id, year, code)
      )`);
    await q.query(`
      CREATE TABLE planning.plans (
        id            uuid PRIMARY KEY,
        employee_id   uuid NOT NULL,
        year          smallint NOT NULL,
        period_start  date NOT NULL,
        period_end    date NOT NULL,
        is_closed     boolean NOT NULL DEFAULT false,
        status        text NOT NULL CHECK (status IN ('DRAFT','SUBMITTED','APPROVED','RETURNED')),
        version       integer NOT NULL,
        return_reason text,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        CHECK (period_end >= period_start),
        -- At any date an employee works to one plan, even against two concurrent requests.
        CONSTRAINT one_plan_at_a_time EXCLUDE USING gist (employee_id WITH =, daterange(period_start, period_end, '[]') WITH &&)
      )`);
    await q.query(`CREATE INDEX plans_employee_year ON planning.plans (employee_id, year)`);
    // Results are kept per version: the working version and every approved one (a revision copies them).
    await q.query(`
      CREATE TABLE planning.plan_results (
        plan_id          uuid NOT NULL REFERENCES planning.plans(id),
        version          integer NOT NULL,
        id               uuid NOT NULL,
        ordinal          integer NOT NULL,
        title            text NOT NULL,
        parent_result_id uuid,
        unit_target_id   uuid REFERENCES planning.unit_targets(id),
        indicators       jsonb NOT NULL,
        PRIMARY KEY (plan_id, version, id),
        CHECK ((parent_result_id IS NULL) <> (unit_target_id IS NULL))
      )`);
    await q.query(`CREATE INDEX plan_results_id ON planning.plan_results (id)`);
    await q.query(`CREATE INDEX plan_results_parent ON planning.plan_results (parent_result_id) WHERE parent_result_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE planning.plan_approvals (
        plan_id     uuid NOT NULL REFERENCES planning.plans(id),
        version     integer NOT NULL,
        approved_by uuid NOT NULL,
        approved_at timestamptz NOT NULL,
        PRIMARY KEY (plan_id, version)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA planning CASCADE`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class ActivityLogging1764300000500 implements MigrationInterface {
  name = 'ActivityLogging1764300000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA activity`);
    await q.query(`
      CREATE TABLE activity.catalog_items (
        id               uuid PRIMARY KEY,
        code             text NOT NULL,
        name             text NOT NULL,
        output_unit      text NOT NULL,
        minutes_per_unit integer NOT NULL CHECK (minutes_per_unit > 0),
        unit_id          uuid,
        created_at       timestamptz NOT NULL DEFAULT now(),
        UNIQUE NULLS NOT DISTINCT (code, unit_id)
      )`);
    await q.query(`
      CREATE TABLE activity.activities (
        id                uuid PRIMARY KEY,
        employee_id       uuid NOT NULL,
        date              date NOT NULL,
        start_time        text NOT NULL,
        end_time          text NOT NULL,
        catalog_code      text NOT NULL,
        minutes_per_unit  integer NOT NULL,
        quantity          numeric(12,2) NOT NULL CHECK (quantity > 0),
        claimed_minutes   integer NOT NULL,
        description       text NOT NULL,
        result_id         uuid,
        evidence_url      text,
        evidence_file     text,
        status            text NOT NULL CHECK (status IN ('SUBMITTED','APPROVED','REJECTED')),
        submitted_at      timestamptz NOT NULL,
        approved_quantity numeric(12,2),
        -- kept beside the quantity so that monthly sums are one aggregate, not a recomputation
        approved_minutes  integer NOT NULL DEFAULT 0,
        review_note       text,
        rejection_reason  text,
        reviewed_by       uuid,
        reviewed_at       timestamptz,
        imported          boolean NOT NULL DEFAULT false,
        CHECK (evidence_url IS NULL OR evidence_file IS NULL)
      )`);
    await q.query(`CREATE INDEX activities_employee_date ON activity.activities (employee_id, date)`);
    await q.query(`CREATE INDEX activities_awaiting_review ON activity.activities (employee_id, date) WHERE status = 'SUBMITTED'`);
    await q.query(`CREATE INDEX activities_result ON activity.activities (result_id) WHERE result_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA activity CASCADE`);
  }
}

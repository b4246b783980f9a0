import { MigrationInterface, QueryRunner } from 'typeorm';

export class Appraisal1764300000600 implements MigrationInterface {
  name = 'Appraisal1764300000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA appraisal`);
    await q.query(`
      CREATE TABLE appraisal.appraisals (
        id                uuid PRIMARY KEY,
        employee_id       uuid NOT NULL,
        -- 'YYYY-MM' (periodic, the period's last month) or 'YYYY' (annual)
        period            text NOT NULL CHECK (period ~ '^[0-9]{4}(-[0-9]{2})?$'),
        period_length     smallint NOT NULL CHECK (period_length IN (1, 2, 3, 4, 6, 12)),
        period_end_month  text NOT NULL,
        self_assessment   text,
        self_assessed_on  date,
        created_at        timestamptz NOT NULL DEFAULT now(),
        UNIQUE (employee_id, period)
      )`);
    await q.query(`CREATE INDEX appraisals_period ON appraisal.appraisals (period, employee_id)`);
    await q.query(`
      CREATE TABLE appraisal.appraisal_versions (
        appraisal_id     uuid NOT NULL REFERENCES appraisal.appraisals(id),
        number           integer NOT NULL CHECK (number >= 1),
        result_rating    text NOT NULL CHECK (result_rating IN ('BELOW', 'AS_EXPECTED', 'ABOVE')),
        behaviour_rating text NOT NULL CHECK (behaviour_rating IN ('BELOW', 'AS_EXPECTED', 'ABOVE')),
        behaviours       jsonb NOT NULL,
        predikat         text NOT NULL CHECK (predikat IN ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')),
        feedback         text,
        rated_by         uuid NOT NULL,
        rated_by_acting  text CHECK (rated_by_acting IN ('PLT', 'PLH')),
        rated_on         date NOT NULL,
        origin           text NOT NULL CHECK (origin IN ('RATING', 'REVISION', 'OBJECTION_DECISION')),
        reason           text,
        recorded_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (appraisal_id, number)
      )`);
    await q.query(`
      CREATE TABLE appraisal.acknowledgements (
        appraisal_id    uuid NOT NULL REFERENCES appraisal.appraisals(id),
        version         integer NOT NULL,
        acknowledged_on date NOT NULL,
        PRIMARY KEY (appraisal_id, version),
        FOREIGN KEY (appraisal_id, version) REFERENCES appraisal.appraisal_versions(appraisal_id, number)
      )`);
    await q.query(`
      CREATE TABLE appraisal.objections (
        appraisal_id       uuid NOT NULL REFERENCES appraisal.appraisals(id),
        number             integer NOT NULL CHECK (number >= 1),
        against_version    integer NOT NULL,
        filed_on           date NOT NULL,
        reason             text NOT NULL,
        outcome            text CHECK (outcome IN ('UPHELD', 'CHANGED')),
        decided_by         uuid,
        decided_by_acting  text CHECK (decided_by_acting IN ('PLT', 'PLH')),
        decided_on         date,
        decision_reason    text,
        resulting_version  integer,
        PRIMARY KEY (appraisal_id, number),
        FOREIGN KEY (appraisal_id, against_version) REFERENCES appraisal.appraisal_versions(appraisal_id, number),
        CHECK ((outcome IS NULL) = (decided_on IS NULL))
      )`);
    await q.query(`
      CREATE TABLE appraisal.organisational_ratings (
        unit_id  uuid NOT NULL,
        year     smallint NOT NULL,
        level    text NOT NULL CHECK (level IN ('ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')),
        set_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (unit_id, year)
      )`);
    await q.query(`
      CREATE TABLE appraisal.feedback (
        id           uuid PRIMARY KEY,
        employee_id  uuid NOT NULL,
        subject_kind text NOT NULL CHECK (subject_kind IN ('RHK', 'ACTIVITY')),
        subject_id   uuid NOT NULL,
        author_id    uuid NOT NULL,
        given_on     date NOT NULL,
        note         text NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX feedback_employee ON appraisal.feedback (employee_id, given_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA appraisal CASCADE`);
  }
}

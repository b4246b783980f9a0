import { MigrationInterface, QueryRunner } from 'typeorm';

export class Attendance1764300000300 implements MigrationInterface {
  name = 'Attendance1764300000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA attendance`);
    await q.query(`
      CREATE TABLE attendance.policies (
        id             uuid PRIMARY KEY,
        effective_from date NOT NULL UNIQUE,
        parameters     jsonb NOT NULL,
        created_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE attendance.devices (
        id          uuid PRIMARY KEY,
        name        text NOT NULL,
        unit_id     uuid,
        -- sha256 of a 256-bit random key: the key itself is shown once and never stored.
        key_hash    text NOT NULL UNIQUE,
        created_at  timestamptz NOT NULL DEFAULT now(),
        revoked_at  timestamptz
      )`);
    // Append-only: corrections are new rows with a reason. The unique pair makes a re-sent event a duplicate.
    await q.query(`
      CREATE TABLE attendance.clock_events (
        id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        employee_id uuid NOT NULL,
        at          timestamptz NOT NULL,
        direction   text CHECK (direction IN ('IN','OUT')),
        source      text NOT NULL CHECK (source IN ('SELF','DEVICE','IMPORT','CORRECTION')),
        device_id   uuid REFERENCES attendance.devices(id),
        reason      text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT clock_events_once UNIQUE (employee_id, at)
      )`);
    await q.query(`
      CREATE TABLE attendance.absences (
        id              uuid PRIMARY KEY,
        employee_id     uuid NOT NULL,
        type            text NOT NULL CHECK (type IN ('CT','CS','CB','CM','CAP','DL','I')),
        start_date      date NOT NULL,
        end_date        date NOT NULL,
        reason          text NOT NULL,
        status          text NOT NULL CHECK (status IN ('SUBMITTED','APPROVED','REJECTED')),
        filed_by        uuid,
        decided_by      uuid,
        decided_at      timestamptz,
        decision_reason text,
        created_at      timestamptz NOT NULL DEFAULT now(),
        CHECK (end_date >= start_date),
        -- The overlap rule holds even against two concurrent requests.
        CONSTRAINT absences_must_not_overlap EXCLUDE USING gist (
          employee_id WITH =, daterange(start_date, end_date, '[]') WITH &&
        ) WHERE (status IN ('SUBMITTED','APPROVED'))
      )`);
    await q.query(`CREATE INDEX absences_employee ON attendance.absences (employee_id, start_date)`);
    await q.query(`
      CREATE TABLE attendance.permits (
        id              uuid PRIMARY KEY,
        employee_id     uuid NOT NULL,
        type            text NOT NULL CHECK (type IN ('LATE_ARRIVAL','EARLY_LEAVE','MISSING_PUNCH')),
        date            date NOT NULL,
        time            text,
        reason          text NOT NULL,
        status          text NOT NULL CHECK (status IN ('SUBMITTED','APPROVED','REJECTED')),
        filed_by        uuid,
        decided_by      uuid,
        decided_at      timestamptz,
        decision_reason text,
        created_at      timestamptz NOT NULL DEFAULT now(),
        CHECK (type <> 'MISSING_PUNCH' OR time IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX permits_employee ON attendance.permits (employee_id, date)`);
    await q.query(`
      CREATE TABLE attendance.discipline_alerts (
        id          uuid PRIMARY KEY,
        employee_id uuid NOT NULL,
        unit_id     uuid,
        year        smallint NOT NULL,
        tk_days     smallint NOT NULL,
        severity    text NOT NULL,
        sanction    text NOT NULL,
        detected_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (employee_id, year, tk_days)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA attendance CASCADE`);
  }
}

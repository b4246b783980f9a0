import { MigrationInterface, QueryRunner } from 'typeorm';

export class Organization1764300000200 implements MigrationInterface {
  name = 'Organization1764300000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA organization`);
    await q.query(`
      CREATE TABLE organization.work_schedules (
        id    uuid PRIMARY KEY,
        code  text NOT NULL UNIQUE,
        name  text NOT NULL,
        days  jsonb NOT NULL
      )`);
    await q.query(`
      CREATE TABLE organization.units (
        id               uuid PRIMARY KEY,
        code             text NOT NULL UNIQUE,
        name             text NOT NULL,
        type             text NOT NULL CHECK (type IN ('MINISTRY','ESELON_I','ESELON_II','ESELON_III','ESELON_IV','UPT')),
        parent_id        uuid REFERENCES organization.units(id),
        time_zone        text NOT NULL,
        is_satker        boolean NOT NULL DEFAULT false,
        -- '/root-id/…/own-id/': subtree queries are a prefix match instead of a recursive walk.
        path             text NOT NULL UNIQUE,
        work_schedule_id uuid REFERENCES organization.work_schedules(id),
        created_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX units_parent ON organization.units (parent_id)`);
    await q.query(`CREATE INDEX units_path ON organization.units (path text_pattern_ops)`);
    await q.query(`
      CREATE TABLE organization.positions (
        id                 uuid PRIMARY KEY,
        code               text NOT NULL UNIQUE,
        name               text NOT NULL,
        kind               text NOT NULL CHECK (kind IN ('JPT_MADYA','JPT_PRATAMA','ADMINISTRATOR','PENGAWAS','PELAKSANA','FUNGSIONAL')),
        kelas              smallint NOT NULL CHECK (kelas BETWEEN 1 AND 17),
        unit_id            uuid NOT NULL REFERENCES organization.units(id),
        parent_position_id uuid REFERENCES organization.positions(id),
        created_at         timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX positions_unit ON organization.positions (unit_id)`);
    await q.query(`CREATE INDEX positions_parent ON organization.positions (parent_position_id)`);
    await q.query(`
      CREATE TABLE organization.employees (
        id          uuid PRIMARY KEY,
        nip         text NOT NULL UNIQUE CHECK (nip ~ '^[0-9]{18}$'),
        name        text NOT NULL,
        birth_date  date NOT NULL,
        sex         text NOT NULL CHECK (sex IN ('MALE','FEMALE')),
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE organization.employee_statuses (
        id             uuid PRIMARY KEY,
        employee_id    uuid NOT NULL REFERENCES organization.employees(id),
        status         text NOT NULL CHECK (status IN ('PNS','CPNS','PPPK','STUDY_ASSIGNMENT','UNPAID_LEAVE','SUSPENDED','RETIRED')),
        effective_date date NOT NULL,
        recorded_at    timestamptz NOT NULL DEFAULT now(),
        UNIQUE (employee_id, effective_date)
      )`);
    await q.query(`
      CREATE TABLE organization.assignments (
        id          uuid PRIMARY KEY,
        employee_id uuid NOT NULL REFERENCES organization.employees(id),
        position_id uuid NOT NULL REFERENCES organization.positions(id),
        type        text NOT NULL CHECK (type IN ('DEFINITIVE','PLT','PLH')),
        start_date  date NOT NULL,
        end_date    date,
        created_at  timestamptz NOT NULL DEFAULT now(),
        CHECK (end_date IS NULL OR end_date >= start_date),
        -- The database keeps the rule even against two concurrent requests.
        CONSTRAINT one_definitive_at_a_time EXCLUDE USING gist (
          employee_id WITH =, daterange(start_date, end_date, '[]') WITH &&
        ) WHERE (type = 'DEFINITIVE')
      )`);
    await q.query(`CREATE INDEX assignments_employee ON organization.assignments (employee_id, start_date)`);
    await q.query(`CREATE INDEX assignments_position ON organization.assignments (position_id, start_date)`);
    await q.query(`
      CREATE TABLE organization.holidays (
        id               uuid PRIMARY KEY,
        date             date NOT NULL,
        name             text NOT NULL,
        unit_id          uuid REFERENCES organization.units(id),
        collective_leave boolean NOT NULL DEFAULT false,
        UNIQUE NULLS NOT DISTINCT (date, unit_id)
      )`);
    await q.query(`
      CREATE TABLE organization.shifts (
        id            uuid PRIMARY KEY,
        code          text NOT NULL UNIQUE,
        name          text NOT NULL,
        start_time    text NOT NULL,
        end_time      text NOT NULL,
        break_minutes integer NOT NULL CHECK (break_minutes >= 0)
      )`);
    await q.query(`
      CREATE TABLE organization.roster_entries (
        employee_id uuid NOT NULL REFERENCES organization.employees(id),
        date        date NOT NULL,
        shift_id    uuid NOT NULL REFERENCES organization.shifts(id),
        PRIMARY KEY (employee_id, date)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA organization CASCADE`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1764300000100 implements MigrationInterface {
  name = 'Identity1764300000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA identity`);
    await q.query(`
      CREATE TABLE identity.users (
        id              uuid PRIMARY KEY,
        username        text NOT NULL,
        password_hash   text NOT NULL,
        employee_id     uuid UNIQUE,
        disabled_at     timestamptz,
        disabled_reason text,
        created_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX users_username ON identity.users (lower(username))`);
    await q.query(`
      CREATE TABLE identity.role_grants (
        id         uuid PRIMARY KEY,
        user_id    uuid NOT NULL REFERENCES identity.users(id),
        role       text NOT NULL CHECK (role IN ('HR_ADMIN', 'UNIT_ADMIN', 'PAYROLL', 'AUDITOR')),
        unit_id    uuid,
        granted_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((role = 'UNIT_ADMIN') = (unit_id IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX role_grants_once ON identity.role_grants (user_id, role, coalesce(unit_id, '00000000-0000-0000-0000-000000000000'))`);
    await q.query(`
      CREATE TABLE identity.refresh_tokens (
        id          uuid PRIMARY KEY,
        family_id   uuid NOT NULL,
        user_id     uuid NOT NULL REFERENCES identity.users(id),
        secret_hash text NOT NULL,
        expires_at  timestamptz NOT NULL,
        used_at     timestamptz,
        revoked_at  timestamptz,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX refresh_tokens_family ON identity.refresh_tokens (family_id)`);
    await q.query(`CREATE INDEX refresh_tokens_user ON identity.refresh_tokens (user_id) WHERE revoked_at IS NULL`);
    await q.query(`
      CREATE TABLE identity.login_failures (
        username text NOT NULL,
        at       timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX login_failures_recent ON identity.login_failures (lower(username), at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA identity CASCADE`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class Platform1764300000000 implements MigrationInterface {
  name = 'Platform1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`CREATE SCHEMA platform`);
    await q.query(`
      CREATE TABLE platform.outbox (
        position      bigserial PRIMARY KEY,
        id            uuid NOT NULL UNIQUE,
        type          text NOT NULL,
        source        text NOT NULL,
        subject       text,
        payload       jsonb NOT NULL,
        occurred_at   timestamptz NOT NULL DEFAULT now(),
        published_at  timestamptz,
        attempts      integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error    text
      )`);
    await q.query(`CREATE INDEX outbox_pending ON platform.outbox (next_attempt_at, position) WHERE published_at IS NULL`);
    await q.query(`
      CREATE TABLE platform.inbox (
        handler      text NOT NULL,
        event_id     uuid NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (handler, event_id)
      )`);
    await q.query(`
      CREATE TABLE platform.audit_log (
        id           bigserial PRIMARY KEY,
        at           timestamptz NOT NULL DEFAULT now(),
        actor_id     uuid,
        actor_name   text NOT NULL,
        request_id   text,
        action       text NOT NULL,
        target_type  text NOT NULL,
        target_id    text NOT NULL,
        reason       text,
        before       jsonb,
        after        jsonb
      )`);
    await q.query(`CREATE INDEX audit_log_target ON platform.audit_log (target_type, target_id, id)`);
    await q.query(`CREATE INDEX audit_log_actor ON platform.audit_log (actor_id, id)`);
    // The audit log is append-only: history that decides pay must not be rewritten.
    await q.query(`
      CREATE FUNCTION platform.audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'platform.audit_log is append-only'; END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON platform.audit_log
      FOR EACH ROW EXECUTE FUNCTION platform.audit_log_is_append_only()`);
    await q.query(`
      CREATE TABLE platform.idempotency_keys (
        scope        text NOT NULL,
        key          text NOT NULL,
        status       integer NOT NULL,
        body         jsonb NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA platform CASCADE`);
  }
}

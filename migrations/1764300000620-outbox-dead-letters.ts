import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An event whose delivery keeps failing is set aside as a dead letter after a limit, instead of being
 * retried forever; HR lists and replays dead letters. Pending events are claimed per subject in order,
 * which the (subject, position) index serves.
 */
export class OutboxDeadLetters1764300000620 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE platform.outbox ADD COLUMN dead_lettered_at timestamptz`);
    await q.query(`DROP INDEX platform.outbox_pending`);
    await q.query(`CREATE INDEX outbox_pending ON platform.outbox (next_attempt_at, position) WHERE published_at IS NULL AND dead_lettered_at IS NULL`);
    await q.query(`CREATE INDEX outbox_pending_subject ON platform.outbox (subject, position) WHERE published_at IS NULL AND dead_lettered_at IS NULL`);
    await q.query(`CREATE INDEX outbox_dead_letters ON platform.outbox (position) WHERE dead_lettered_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX platform.outbox_dead_letters`);
    await q.query(`DROP INDEX platform.outbox_pending_subject`);
    await q.query(`DROP INDEX platform.outbox_pending`);
    await q.query(`CREATE INDEX outbox_pending ON platform.outbox (next_attempt_at, position) WHERE published_at IS NULL`);
    await q.query(`ALTER TABLE platform.outbox DROP COLUMN dead_lettered_at`);
  }
}

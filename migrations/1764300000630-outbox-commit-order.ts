import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A consumer reading the outbox by `position` would skip an event whose transaction took its position
 * early but committed late. Each row now records its transaction id; a feed hands out only rows of
 * transactions older than every transaction still running (pg_snapshot_xmin), in (tx_id, position) order,
 * which is a total order no late commit can insert into.
 */
export class OutboxCommitOrder1764300000630 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE platform.outbox ADD COLUMN tx_id xid8 NOT NULL DEFAULT pg_current_xact_id()`);
    await q.query(`CREATE INDEX outbox_feed ON platform.outbox (type, tx_id, position)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX platform.outbox_feed`);
    await q.query(`ALTER TABLE platform.outbox DROP COLUMN tx_id`);
  }
}

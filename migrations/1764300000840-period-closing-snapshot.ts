import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The snapshot of committed transactions at the moment a month began closing: a decision delivered after the
 * close, but committed before it began, is already in the month's statements and must not mark them stale.
 */
export class PeriodClosingSnapshot1764300000840 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE remuneration.periods ADD COLUMN closing_snapshot pg_snapshot`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE remuneration.periods DROP COLUMN closing_snapshot`);
  }
}

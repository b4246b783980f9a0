import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * HR voids a recorded punch afterwards (a closed month's too): the row stays, marked with when, why and by whom
 * (the user), and no longer counts for its day.
 */
export class ClockEventVoids1764300000751 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE attendance.clock_events
        ADD COLUMN voided_at timestamptz,
        ADD COLUMN void_reason text,
        ADD COLUMN voided_by uuid,
        ADD CONSTRAINT clock_events_void_complete CHECK ((voided_at IS NULL) = (void_reason IS NULL) AND (voided_at IS NULL) = (voided_by IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE attendance.clock_events DROP CONSTRAINT clock_events_void_complete, DROP COLUMN voided_by, DROP COLUMN void_reason, DROP COLUMN voided_at`);
  }
}

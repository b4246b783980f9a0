import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The size of each activity's evidence file, so that an employee's stored evidence can be held to a quota.
 * Files uploaded before it have no recorded size (NULL) and count as nothing until they are replaced.
 */
export class EvidenceBytes1764300000820 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE activity.activities ADD COLUMN evidence_bytes integer CHECK (evidence_bytes >= 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE activity.activities DROP COLUMN evidence_bytes`);
  }
}

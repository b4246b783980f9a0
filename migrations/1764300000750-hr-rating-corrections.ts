import { MigrationInterface, QueryRunner } from 'typeorm';

/** HR corrects a rating afterwards (a closed month's too): a version of its own origin, the appraiser of record kept. */
export class HrRatingCorrections1764300000750 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE appraisal.appraisal_versions DROP CONSTRAINT appraisal_versions_origin_check`);
    await q.query(
      `ALTER TABLE appraisal.appraisal_versions ADD CONSTRAINT appraisal_versions_origin_check CHECK (origin IN ('RATING', 'REVISION', 'OBJECTION_DECISION', 'HR_CORRECTION'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE appraisal.appraisal_versions DROP CONSTRAINT appraisal_versions_origin_check`);
    await q.query(`ALTER TABLE appraisal.appraisal_versions ADD CONSTRAINT appraisal_versions_origin_check CHECK (origin IN ('RATING', 'REVISION', 'OBJECTION_DECISION'))`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** Access hardening (issue 10): a password someone else set must be changed by its owner at the next login. */
export class TrustAccess1764300000735 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE identity.users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE identity.users DROP COLUMN must_change_password`);
  }
}

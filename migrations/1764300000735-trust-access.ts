import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Access hardening (issue 10): a password someone else set must be changed by its owner at the next login,
 * and HR bounds the kelas a unit admin may give the positions of a subtree (null: inherited, or the default).
 */
export class TrustAccess1764300000735 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE identity.users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE organization.units ADD COLUMN kelas_ceiling smallint CHECK (kelas_ceiling BETWEEN 1 AND 17)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organization.units DROP COLUMN kelas_ceiling`);
    await q.query(`ALTER TABLE identity.users DROP COLUMN must_change_password`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A regrade used to overwrite positions.kelas, so every past month would have been paid at today's kelas.
 * Each position now keeps its kelas per effective date; the kelas it has today held since the beginning of
 * time (-infinity), which is what every month computed so far assumed. positions.kelas stays as the kelas
 * in effect today, for listings.
 */
export class PositionKelasHistory1764300000720 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organization.position_kelas (
        position_id uuid NOT NULL REFERENCES organization.positions(id),
        effective_from date NOT NULL,
        kelas smallint NOT NULL CHECK (kelas BETWEEN 1 AND 17),
        reason text,
        PRIMARY KEY (position_id, effective_from)
      )`);
    await q.query(`INSERT INTO organization.position_kelas (position_id, effective_from, kelas) SELECT id, '-infinity', kelas FROM organization.positions`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE organization.position_kelas`);
  }
}

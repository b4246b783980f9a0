import { MigrationInterface, QueryRunner } from 'typeorm';

/** rules.md §4–6 as shipped, frozen here: a later change of the code's defaults must not rewrite version 1. */
const SHIPPED_POLICY = {
  version: 1,
  effectiveFrom: '2023-10-16',
  statusFactors: { PNS: '1', PPPK: '1', CPNS: '0.8', STUDY_ASSIGNMENT: '0.5', UNPAID_LEAVE: '0', SUSPENDED: '0', RETIRED: '0' },
  pltShare: '0.2',
  performanceSharePercent: '70',
  deductionCapPercent: '100',
  dailyTargetMinutes: 300,
  dailyCapMinutes: 450,
  ratingMultipliers: { SANGAT_BAIK: '1', BAIK: '1', BUTUH_PERBAIKAN: '0.9', KURANG: '0.8', SANGAT_KURANG: '0.7' },
  unratedMultiplier: '1',
  closeSchedule: { dayOfNextMonth: 5, time: '02:00', timeZone: 'Asia/Jakarta' },
};

/**
 * HR enters remuneration policy versions through the API; each gets the next number. The policy the system
 * shipped with is stored as version 1, so the list of versions starts where every close so far started.
 */
export class RemunerationPolicyVersions1764300000830 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE remuneration.policy_versions ADD COLUMN version integer UNIQUE CHECK (version >= 1)`);
    await q.query(
      `INSERT INTO remuneration.policy_versions (id, effective_from, parameters) VALUES ('7a1c0d3e-0000-4000-8000-000000000001', $1, $2) ON CONFLICT (effective_from) DO NOTHING`,
      [SHIPPED_POLICY.effectiveFrom, JSON.stringify(SHIPPED_POLICY)],
    );
    // Versions are numbered in the order they take effect, in the column and in the document alike.
    await q.query(`
      UPDATE remuneration.policy_versions v SET version = n.version, parameters = v.parameters || jsonb_build_object('version', n.version)
        FROM (SELECT id, row_number() OVER (ORDER BY effective_from) AS version FROM remuneration.policy_versions) n
       WHERE n.id = v.id`);
    await q.query(`ALTER TABLE remuneration.policy_versions ALTER COLUMN version SET NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM remuneration.policy_versions WHERE id = '7a1c0d3e-0000-4000-8000-000000000001'`);
    await q.query(`ALTER TABLE remuneration.policy_versions DROP COLUMN version`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Idempotency-Key draft (IETF httpapi) answers 422 when a key comes back with a different request:
 * each stored key keeps a fingerprint of the request it answered. Keys stored before have none and
 * match any request, as they did.
 */
export class IdempotencyFingerprint1764300000610 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE platform.idempotency_keys ADD COLUMN fingerprint text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE platform.idempotency_keys DROP COLUMN fingerprint`);
  }
}

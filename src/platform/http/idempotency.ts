import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work';
import { HttpProblem } from './problem';

/**
 * Devices and retrying clients send `Idempotency-Key`; a repeated key returns the first result instead of
 * acting twice. The key is stored in the command's transaction, so a failed attempt leaves no key behind.
 */
@Injectable()
export class Idempotency {
  constructor(private readonly uow: UnitOfWork) {}

  async once<T>(scope: string, key: string | undefined, work: () => Promise<T>): Promise<T> {
    if (key === undefined) return this.uow.run(work);
    if (key.length === 0 || key.length > 200) {
      throw new HttpProblem(400, 'INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key must be 1–200 characters', [
        { field: 'Idempotency-Key', code: 'INVALID_IDEMPOTENCY_KEY', message: 'send 1–200 characters, unique per intended action' },
      ]);
    }
    return this.uow.run(async () => {
      // The advisory lock makes a concurrent retry with the same key wait for the first one.
      await this.uow.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`${scope}:${key}`]);
      const [seen] = await this.uow.query<{ body: T }>(`SELECT body FROM platform.idempotency_keys WHERE scope = $1 AND key = $2`, [scope, key]);
      if (seen) return seen.body;
      const result = await work();
      await this.uow.query(`INSERT INTO platform.idempotency_keys (scope, key, status, body) VALUES ($1, $2, 200, $3)`, [scope, key, JSON.stringify(result)]);
      return result;
    });
  }
}

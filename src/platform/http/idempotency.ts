import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work';
import { HttpProblem } from './problem';

/** A command a retrying client may send twice: the same key within the scope returns the first result. */
export interface IdempotentCommand {
  readonly idempotency: { scope: string; key: string | undefined };
}

export function idempotencyOf(command: object): IdempotentCommand['idempotency'] | null {
  const idempotency = (command as Partial<IdempotentCommand>).idempotency;
  return idempotency?.key === undefined ? null : idempotency;
}

/**
 * Devices and retrying clients send `Idempotency-Key`; a repeated key returns the first result instead of
 * acting twice. Both calls run inside the command's transaction, so a failed attempt leaves no key behind.
 */
@Injectable()
export class Idempotency {
  constructor(private readonly uow: UnitOfWork) {}

  /** The first result of this key, or null when it is new; a concurrent retry waits here for the first. */
  async recall<T>(scope: string, key: string): Promise<{ body: T } | null> {
    if (key.length === 0 || key.length > 200) {
      throw new HttpProblem(400, 'INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key must be 1–200 characters', [
        { field: 'Idempotency-Key', code: 'INVALID_IDEMPOTENCY_KEY', message: 'send 1–200 characters, unique per intended action' },
      ]);
    }
    await this.uow.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`${scope}:${key}`]);
    const [seen] = await this.uow.query<{ body: T }>(`SELECT body FROM platform.idempotency_keys WHERE scope = $1 AND key = $2`, [scope, key]);
    return seen ?? null;
  }

  async remember(scope: string, key: string, result: unknown): Promise<void> {
    await this.uow.query(`INSERT INTO platform.idempotency_keys (scope, key, status, body) VALUES ($1, $2, 200, $3)`, [scope, key, JSON.stringify(result)]);
  }

  async once<T>(scope: string, key: string | undefined, work: () => Promise<T>): Promise<T> {
    if (key === undefined) return this.uow.run(work);
    return this.uow.run(async () => {
      const seen = await this.recall<T>(scope, key);
      if (seen) return seen.body;
      const result = await work();
      await this.remember(scope, key, result);
      return result;
    });
  }
}

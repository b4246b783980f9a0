import { createHash } from 'node:crypto';
import { createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { UnitOfWork } from '../database/unit-of-work';
import { HttpProblem } from './problem';

export interface IdempotencyKey {
  /** Whose keys these are: a key is unique per scope (e.g. per employee and route), not globally. */
  scope: string;
  key: string | undefined;
  /** The request as the command understood it; a key reused with another request is refused. */
  request: unknown;
}

/** A command a retrying client may send twice: the same key within the scope returns the first result. */
export interface IdempotentCommand {
  readonly idempotency: IdempotencyKey;
}

export function idempotencyOf(command: object): (IdempotencyKey & { key: string }) | null {
  const idempotency = (command as Partial<IdempotentCommand>).idempotency;
  return idempotency?.key === undefined ? null : (idempotency as IdempotencyKey & { key: string });
}

const keyProblem = (status: number, code: string, message: string, fix: string) => new HttpProblem(status, code, message, [{ field: 'Idempotency-Key', code, message: fix }]);

/**
 * `Idempotency-Key` as the IETF httpapi draft specifies it: a repeated key with the same request returns the
 * first result instead of acting twice; the same key with a different request is 422; a key whose first
 * request is still running is 409. Both calls run inside the command's transaction, so a failed attempt
 * leaves no key behind.
 */
@Injectable()
export class Idempotency {
  constructor(private readonly uow: UnitOfWork) {}

  /** The first result of this key, or null when it is new. */
  async recall<T>({ scope, key, request }: IdempotencyKey & { key: string }): Promise<{ body: T } | null> {
    if (key.length === 0 || key.length > 200) {
      throw keyProblem(400, 'INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key must be 1–200 characters', 'send 1–200 characters, unique per intended action');
    }
    // Held until this transaction ends, so a second request with the key cannot act while the first runs.
    const [{ locked }] = await this.uow.query<{ locked: boolean }>(`SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked`, [`${scope}:${key}`]);
    if (!locked) {
      throw keyProblem(
        409,
        'IDEMPOTENCY_KEY_IN_FLIGHT',
        'A request with this Idempotency-Key is still being processed.',
        'wait for the first request to finish, then retry with the same key',
      );
    }
    const [seen] = await this.uow.query<{ body: T; fingerprint: string | null }>(`SELECT body, fingerprint FROM platform.idempotency_keys WHERE scope = $1 AND key = $2`, [
      scope,
      key,
    ]);
    if (!seen) return null;
    if (seen.fingerprint !== null && seen.fingerprint !== fingerprintOf(request)) {
      throw keyProblem(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different request.', 'use a new key for a new request');
    }
    return { body: seen.body };
  }

  async remember({ scope, key, request }: IdempotencyKey & { key: string }, result: unknown): Promise<void> {
    await this.uow.query(`INSERT INTO platform.idempotency_keys (scope, key, status, body, fingerprint) VALUES ($1, $2, 200, $3, $4)`, [
      scope,
      key,
      JSON.stringify(result),
      fingerprintOf(request),
    ]);
  }
}

function fingerprintOf(request: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(request ?? null))
    .digest('base64url');
}

/**
 * The `Idempotency-Key` request header. Read through a custom decorator rather than `@Headers()`, which
 * the OpenAPI generator would list a second time, as required; `ApiIdempotencyKey` documents it once.
 */
export const IdempotencyKeyHeader = createParamDecorator((_: unknown, context: ExecutionContext): string | undefined => {
  const value = context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers['idempotency-key'];
  return Array.isArray(value) ? value[0] : value;
});

export const ApiIdempotencyKey = () =>
  ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key and request returns the first answer instead of acting twice' });

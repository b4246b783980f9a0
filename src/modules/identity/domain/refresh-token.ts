import { createHash, randomBytes } from 'node:crypto';
import { DomainError } from '../../../shared-kernel/domain-error';

/**
 * Refresh tokens rotate: each use returns a new token of the same family and spends the old one. A spent
 * token presented again means it was stolen or replayed, so the whole family is revoked.
 */
export interface RefreshTokenState {
  id: string;
  familyId: string;
  userId: string;
  secretHash: string;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

export type RefreshVerdict = 'ROTATE' | 'REUSED' | 'EXPIRED' | 'REVOKED';

export function judgeRefresh(token: RefreshTokenState, now: Date): RefreshVerdict {
  if (token.revokedAt !== null) return 'REVOKED';
  if (token.usedAt !== null) return 'REUSED';
  if (token.expiresAt <= now) return 'EXPIRED';
  return 'ROTATE';
}

/** The opaque string handed to the client: `<id>.<secret>`; only a hash of the secret is stored. */
export function mintRefreshSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashRefreshSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function parseRefreshToken(token: string): { id: string; secret: string } {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) throw invalidRefreshToken();
  return { id: match[1], secret: match[2] };
}

export function invalidRefreshToken(): DomainError {
  return new DomainError('unauthenticated', 'INVALID_REFRESH_TOKEN', 'The refresh token is invalid, already used or expired: log in again.');
}

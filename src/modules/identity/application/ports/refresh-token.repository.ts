import { RefreshTokenState } from '../../domain/refresh-token';

/** Issued refresh tokens: rotated, spent and revoked, never deleted. */
export abstract class RefreshTokenRepository {
  /** Locked for the rest of the transaction, so that two uses of one token queue and the second sees it spent. */
  abstract lockedById(id: string): Promise<RefreshTokenState | null>;

  abstract ofUser(id: string, userId: string): Promise<RefreshTokenState | null>;

  abstract add(token: RefreshTokenState): Promise<void>;

  abstract markUsed(id: string, at: Date): Promise<void>;

  abstract revokeFamily(familyId: string): Promise<void>;

  abstract revokeAllOf(userId: string): Promise<void>;
}

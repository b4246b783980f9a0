import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { RefreshTokenRepository } from '../../application/ports/refresh-token.repository';
import { RefreshTokenState } from '../../domain/refresh-token';

const TOKEN = `SELECT id, family_id, user_id, secret_hash, expires_at, used_at, revoked_at FROM identity.refresh_tokens`;

const toToken = (r: any): RefreshTokenState => ({
  id: r.id,
  familyId: r.family_id,
  userId: r.user_id,
  secretHash: r.secret_hash,
  expiresAt: r.expires_at,
  usedAt: r.used_at,
  revokedAt: r.revoked_at,
});

@Injectable()
export class PgRefreshTokenRepository extends RefreshTokenRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async lockedById(id: string): Promise<RefreshTokenState | null> {
    const [row] = await this.uow.query(`${TOKEN} WHERE id = $1 FOR UPDATE`, [id]);
    return row ? toToken(row) : null;
  }

  async ofUser(id: string, userId: string): Promise<RefreshTokenState | null> {
    const [row] = await this.uow.query(`${TOKEN} WHERE id = $1 AND user_id = $2`, [id, userId]);
    return row ? toToken(row) : null;
  }

  async add(t: RefreshTokenState): Promise<void> {
    await this.uow.query(`INSERT INTO identity.refresh_tokens (id, family_id, user_id, secret_hash, expires_at, used_at, revoked_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      t.id,
      t.familyId,
      t.userId,
      t.secretHash,
      t.expiresAt,
      t.usedAt,
      t.revokedAt,
    ]);
  }

  async markUsed(id: string, at: Date): Promise<void> {
    await this.uow.query(`UPDATE identity.refresh_tokens SET used_at = $2 WHERE id = $1`, [id, at]);
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.uow.query(`UPDATE identity.refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`, [familyId]);
  }

  async revokeAllOf(userId: string): Promise<void> {
    await this.uow.query(`UPDATE identity.refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  }
}

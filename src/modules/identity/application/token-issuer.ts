import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { newId } from '../../../shared-kernel/ids';
import { CLOCK, Clock } from '../../../shared-kernel/clock';
import { Role, RoleGrant } from '../../../platform/auth/actor';
import { AccessTokenClaims, JWT_ISSUER } from '../../../platform/auth/jwt.strategy';
import { APP_CONFIG, AppConfig } from '../../../platform/config/app-config';
import { UnitOfWork } from '../../../platform/database/unit-of-work';
import { hashRefreshSecret, mintRefreshSecret } from '../domain/refresh-token';
import { RefreshTokenEntity, RoleGrantEntity, UserEntity } from '../infrastructure/persistence/identity.entities';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  tokenType: 'Bearer';
}

/** Issues a short-lived access token with the caller's grants and a refresh token of the given family. */
@Injectable()
export class TokenIssuer {
  constructor(
    private readonly jwt: JwtService,
    private readonly uow: UnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async grantsOf(userId: string): Promise<RoleGrant[]> {
    const rows = await this.uow.manager.getRepository(RoleGrantEntity).find({ where: { userId }, order: { grantedAt: 'ASC' } });
    return rows.map((r) => ({ role: r.role as Role, unitId: r.unitId }));
  }

  async issue(user: UserEntity, familyId: string = newId()): Promise<TokenPair> {
    const claims: AccessTokenClaims = {
      sub: user.id,
      username: user.username,
      employeeId: user.employeeId,
      grants: await this.grantsOf(user.id),
    };
    const accessToken = await this.jwt.signAsync(claims, {
      secret: this.config.jwtSecret,
      issuer: JWT_ISSUER,
      algorithm: 'HS256',
      expiresIn: this.config.accessTokenTtlSeconds,
      jwtid: newId(),
    });
    const secret = mintRefreshSecret();
    const token = this.uow.manager.getRepository(RefreshTokenEntity).create({
      id: newId(),
      familyId,
      userId: user.id,
      secretHash: hashRefreshSecret(secret),
      expiresAt: new Date(this.clock.now().getTime() + this.config.refreshTokenTtlDays * 86_400_000),
      usedAt: null,
      revokedAt: null,
    });
    await this.uow.manager.getRepository(RefreshTokenEntity).insert(token);
    return { accessToken, refreshToken: `${token.id}.${secret}`, expiresIn: this.config.accessTokenTtlSeconds, tokenType: 'Bearer' };
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.uow.query(`UPDATE identity.refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`, [familyId]);
  }

  async revokeAllOf(userId: string): Promise<void> {
    await this.uow.query(`UPDATE identity.refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  }
}

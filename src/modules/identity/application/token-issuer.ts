import { Inject, Injectable } from '@nestjs/common';
import { newId } from '../../../shared-kernel/ids';
import { CLOCK, Clock } from '../../../shared-kernel/clock';
import { DomainError } from '../../../shared-kernel/domain-error';
import { APP_CONFIG, AppConfig } from '../../../platform/config/app-config';
import { LoginAccount } from '../domain/login-account';
import { hashRefreshSecret, mintRefreshSecret } from '../domain/refresh-token';
import { AccessTokenSigner } from './ports/access-token-signer';
import { LoginAccountRepository } from './ports/login-account.repository';
import { RefreshTokenRepository } from './ports/refresh-token.repository';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  tokenType: 'Bearer';
  /** Present (true) only when someone else set this login's password: the access token then opens only its change. */
  mustChangePassword?: true;
}

/**
 * What a login or a refresh ends in. A refusal is an outcome rather than a thrown error because what it
 * wrote (the revoked family of a replayed token) must commit with it.
 */
export type SessionOutcome = { tokens: TokenPair } | { refused: { code: string; message: string } };

export function refused(code: string, message: string): SessionOutcome {
  return { refused: { code, message } };
}

/** The tokens of a granted session; a refused one becomes the 401 it is, after its transaction committed. */
export function tokensOf(outcome: SessionOutcome): TokenPair {
  if ('refused' in outcome) throw new DomainError('unauthenticated', outcome.refused.code, outcome.refused.message);
  return outcome.tokens;
}

/** Issues a short-lived access token with the caller's grants and a refresh token of the given family. */
@Injectable()
export class TokenIssuer {
  constructor(
    private readonly signer: AccessTokenSigner,
    private readonly accounts: LoginAccountRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** A login that must change its password gets a token without grants, which the guard lets reach only that change. */
  async issue(account: LoginAccount, familyId: string = newId()): Promise<TokenPair> {
    const restricted = account.mustChangePassword;
    const accessToken = await this.signer.sign({
      sub: account.id,
      username: account.username,
      employeeId: account.employeeId,
      grants: restricted ? [] : await this.accounts.grantsOf(account.id),
      ...(restricted ? { mustChangePassword: true } : {}),
    });
    const secret = mintRefreshSecret();
    const id = newId();
    await this.refreshTokens.add({
      id,
      familyId,
      userId: account.id,
      secretHash: hashRefreshSecret(secret),
      expiresAt: new Date(this.clock.now().getTime() + this.config.refreshTokenTtlDays * 86_400_000),
      usedAt: null,
      revokedAt: null,
    });
    return {
      accessToken,
      refreshToken: `${id}.${secret}`,
      expiresIn: this.config.accessTokenTtlSeconds,
      tokenType: 'Bearer',
      ...(restricted ? { mustChangePassword: true as const } : {}),
    };
  }
}

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Written, written } from '../../../../platform/write/written';
import { hashRefreshSecret, parseRefreshToken } from '../../domain/refresh-token';
import { RefreshTokenRepository } from '../ports/refresh-token.repository';

export class Logout {
  constructor(
    readonly userId: string,
    readonly refreshToken: string,
  ) {}
}

/** Ends the session the refresh token belongs to; an unknown token is ignored so logout never fails. */
@CommandHandler(Logout)
export class LogoutHandler implements ICommandHandler<Logout, Written<void>> {
  constructor(private readonly refreshTokens: RefreshTokenRepository) {}

  async execute({ userId, refreshToken }: Logout): Promise<Written<void>> {
    const { id, secret } = parseRefreshToken(refreshToken);
    const token = await this.refreshTokens.ofUser(id, userId);
    if (token && token.secretHash === hashRefreshSecret(secret)) await this.refreshTokens.revokeFamily(token.familyId);
    return written(undefined);
  }
}

/** The console's logout: the refresh token in its cookie is proof enough, whether or not the access token is still valid. */
export class EndSession {
  constructor(readonly refreshToken: string) {}
}

@CommandHandler(EndSession)
export class EndSessionHandler implements ICommandHandler<EndSession, Written<void>> {
  constructor(private readonly refreshTokens: RefreshTokenRepository) {}

  async execute({ refreshToken }: EndSession): Promise<Written<void>> {
    let match: { id: string; secret: string };
    try {
      match = parseRefreshToken(refreshToken);
    } catch {
      return written(undefined);
    }
    const token = await this.refreshTokens.lockedById(match.id);
    if (token && token.secretHash === hashRefreshSecret(match.secret)) await this.refreshTokens.revokeFamily(token.familyId);
    return written(undefined);
  }
}

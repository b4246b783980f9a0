import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { hashRefreshSecret, parseRefreshToken } from '../../domain/refresh-token';
import { RefreshTokenEntity } from '../../infrastructure/persistence/identity.entities';
import { TokenIssuer } from '../token-issuer';

export class Logout {
  constructor(
    readonly userId: string,
    readonly refreshToken: string,
  ) {}
}

/** Ends the session the refresh token belongs to; an unknown token is ignored so logout never fails. */
@CommandHandler(Logout)
export class LogoutHandler implements ICommandHandler<Logout, void> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly tokens: TokenIssuer,
  ) {}

  async execute({ userId, refreshToken }: Logout): Promise<void> {
    const { id, secret } = parseRefreshToken(refreshToken);
    await this.uow.run(async () => {
      const token = await this.uow.manager.getRepository(RefreshTokenEntity).findOneBy({ id, userId });
      if (token && token.secretHash === hashRefreshSecret(secret)) await this.tokens.revokeFamily(token.familyId);
    });
  }
}

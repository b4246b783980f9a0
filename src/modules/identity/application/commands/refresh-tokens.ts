import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { EmployeeProfilesFacade } from '../../../organization/public/employee-profiles.facade';
import { hashRefreshSecret, invalidRefreshToken, judgeRefresh, parseRefreshToken } from '../../domain/refresh-token';
import { RefreshTokenEntity, UserEntity } from '../../infrastructure/persistence/identity.entities';
import { loginBlockReason } from '../login-eligibility';
import { TokenIssuer, TokenPair } from '../token-issuer';

export class RefreshTokens {
  constructor(readonly refreshToken: string) {}
}

@CommandHandler(RefreshTokens)
export class RefreshTokensHandler implements ICommandHandler<RefreshTokens, TokenPair> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly tokens: TokenIssuer,
    private readonly profiles: EmployeeProfilesFacade,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ refreshToken }: RefreshTokens): Promise<TokenPair> {
    const { id, secret } = parseRefreshToken(refreshToken);
    // Reuse detection must survive the 401 it causes, so the family is revoked in its own transaction
    // before the error is thrown.
    let revokeFamily: string | null = null;
    try {
      return await this.uow.run(async () => {
        const token = await this.uow.manager
          .getRepository(RefreshTokenEntity)
          .createQueryBuilder('t')
          .setLock('pessimistic_write')
          .where('t.id = :id', { id })
          .getOne();
        if (!token || token.secretHash !== hashRefreshSecret(secret)) throw invalidRefreshToken();
        const verdict = judgeRefresh(token, this.clock.now());
        if (verdict === 'REUSED') {
          revokeFamily = token.familyId;
          throw new DomainError('unauthenticated', 'REFRESH_TOKEN_REUSED', 'This refresh token was already used: every session of this login is ended. Log in again.');
        }
        if (verdict !== 'ROTATE') throw invalidRefreshToken();
        const user = await this.uow.manager.getRepository(UserEntity).findOneByOrFail({ id: token.userId });
        const blocked = await loginBlockReason(user, this.profiles, this.clock.now());
        if (blocked) {
          revokeFamily = token.familyId;
          throw new DomainError('unauthenticated', 'ACCOUNT_DISABLED', blocked);
        }
        await this.uow.manager.getRepository(RefreshTokenEntity).update({ id: token.id }, { usedAt: this.clock.now() });
        return this.tokens.issue(user, token.familyId);
      });
    } finally {
      if (revokeFamily !== null) await this.tokens.revokeFamily(revokeFamily);
    }
  }
}

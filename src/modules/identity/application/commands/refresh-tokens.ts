import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { Written, written } from '../../../../platform/write/written';
import { EmployeeProfilesFacade } from '../../../organization/public/employee-profiles.facade';
import { hashRefreshSecret, invalidRefreshToken, judgeRefresh, parseRefreshToken } from '../../domain/refresh-token';
import { loginBlockReason } from '../login-eligibility';
import { LoginAccountRepository } from '../ports/login-account.repository';
import { RefreshTokenRepository } from '../ports/refresh-token.repository';
import { refused, SessionOutcome, TokenIssuer } from '../token-issuer';

export class RefreshTokens {
  constructor(readonly refreshToken: string) {}
}

@CommandHandler(RefreshTokens)
export class RefreshTokensHandler implements ICommandHandler<RefreshTokens, Written<SessionOutcome>> {
  constructor(
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly accounts: LoginAccountRepository,
    private readonly tokens: TokenIssuer,
    private readonly profiles: EmployeeProfilesFacade,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ refreshToken }: RefreshTokens): Promise<Written<SessionOutcome>> {
    const { id, secret } = parseRefreshToken(refreshToken);
    const token = await this.refreshTokens.lockedById(id);
    if (!token || token.secretHash !== hashRefreshSecret(secret)) throw invalidRefreshToken();
    const verdict = judgeRefresh(token, this.clock.now());
    if (verdict === 'REUSED') {
      await this.refreshTokens.revokeFamily(token.familyId);
      return written(refused('REFRESH_TOKEN_REUSED', 'This refresh token was already used: every session of this login is ended. Log in again.'));
    }
    if (verdict !== 'ROTATE') throw invalidRefreshToken();
    const account = await this.accounts.byId(token.userId);
    const blocked = await loginBlockReason(account, this.profiles, this.clock.now());
    if (blocked) {
      await this.refreshTokens.revokeFamily(token.familyId);
      return written(refused('ACCOUNT_DISABLED', blocked));
    }
    await this.refreshTokens.markUsed(token.id, this.clock.now());
    return written({ tokens: await this.tokens.issue(account, token.familyId) });
  }
}

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Written, written } from '../../../../platform/write/written';
import { LoginAccountRepository } from '../ports/login-account.repository';
import { RefreshTokenRepository } from '../ports/refresh-token.repository';

/** Ends every session of the employee's login; the login check refuses new ones while the reason lasts. */
export class RevokeSessions {
  constructor(
    readonly employeeId: string,
    readonly reason: string,
  ) {}
}

@CommandHandler(RevokeSessions)
export class RevokeSessionsHandler implements ICommandHandler<RevokeSessions, Written<void>> {
  constructor(
    private readonly logins: LoginAccountRepository,
    private readonly refreshTokens: RefreshTokenRepository,
  ) {}

  async execute({ employeeId, reason }: RevokeSessions): Promise<Written<void>> {
    const login = await this.logins.ofEmployee(employeeId);
    if (!login) return written(undefined);
    await this.refreshTokens.revokeAllOf(login.id);
    return written(undefined, { audit: [{ action: 'RevokeSessions', targetType: 'Employee', targetId: employeeId, reason }] });
  }
}

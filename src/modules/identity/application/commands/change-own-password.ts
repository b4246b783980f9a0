import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Written, written } from '../../../../platform/write/written';
import { Accounts } from '../accounts';
import { LoginAccountRepository } from '../ports/login-account.repository';
import { TokenIssuer, TokenPair } from '../token-issuer';

/** The caller replaces their own password, the one way out of a password someone else set. */
export class ChangeOwnPassword {
  constructor(
    readonly userId: string,
    readonly currentPassword: string,
    readonly newPassword: string,
  ) {}
}

@CommandHandler(ChangeOwnPassword)
export class ChangeOwnPasswordHandler implements ICommandHandler<ChangeOwnPassword, Written<TokenPair>> {
  constructor(
    private readonly accounts: Accounts,
    private readonly logins: LoginAccountRepository,
    private readonly tokens: TokenIssuer,
  ) {}

  /** Every earlier session ended with the old password, so the caller gets a fresh, unrestricted pair. */
  async execute({ userId, currentPassword, newPassword }: ChangeOwnPassword): Promise<Written<TokenPair>> {
    const audit = await this.accounts.changeOwnPassword(userId, currentPassword, newPassword);
    return written(await this.tokens.issue(await this.logins.byId(userId)), { audit: [audit] });
  }
}

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Written, written } from '../../../../platform/write/written';
import { Accounts } from '../accounts';
import { PasswordGuessThrottle } from '../password-guess-throttle';
import { LoginAccountRepository } from '../ports/login-account.repository';
import { PasswordHasher } from '../ports/password-hasher';
import { TokenIssuer, TokenPair } from '../token-issuer';

/** The caller replaces their own password, the one way out of a password someone else set. */
export class ChangeOwnPassword {
  constructor(
    readonly userId: string,
    readonly currentPassword: string,
    readonly newPassword: string,
    /** The client's address as the HTTP layer sees it (see TRUST_PROXY). */
    readonly address: string,
  ) {}
}

/**
 * A wrong current password is an outcome rather than a thrown error because the guess it counted must
 * commit with it: a thrown error would roll the count back and leave the guessing unlimited.
 */
export type PasswordChangeOutcome = { tokens: TokenPair } | { wrongCurrentPassword: true };

/** The new pair of a changed password; a wrong current password becomes its 400, after its count committed. */
export function changedPasswordTokens(outcome: PasswordChangeOutcome): TokenPair {
  if ('wrongCurrentPassword' in outcome) {
    throw DomainError.validation('currentPassword', 'CURRENT_PASSWORD_WRONG', 'currentPassword is not the password of this login: type the password you logged in with.');
  }
  return outcome.tokens;
}

@CommandHandler(ChangeOwnPassword)
export class ChangeOwnPasswordHandler implements ICommandHandler<ChangeOwnPassword, Written<PasswordChangeOutcome>> {
  constructor(
    private readonly accounts: Accounts,
    private readonly logins: LoginAccountRepository,
    private readonly hasher: PasswordHasher,
    private readonly throttle: PasswordGuessThrottle,
    private readonly tokens: TokenIssuer,
  ) {}

  /** Every earlier session ended with the old password, so the caller gets a fresh, unrestricted pair. */
  async execute({ userId, currentPassword, newPassword, address }: ChangeOwnPassword): Promise<Written<PasswordChangeOutcome>> {
    const login = await this.logins.byId(userId);
    const username = login.username.toLowerCase();
    await this.throttle.admit(address, username, 'PASSWORD_CHANGE');
    if (!(await this.hasher.matches(login.passwordHash, currentPassword))) return written({ wrongCurrentPassword: true as const });
    await this.throttle.passed(address, username);
    const audit = await this.accounts.changeOwnPassword(login, currentPassword, newPassword);
    return written({ tokens: await this.tokens.issue(await this.logins.byId(userId)) }, { audit: [audit] });
  }
}

import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Written, written } from '../../../../platform/write/written';
import { EmployeeProfilesFacade } from '../../../organization/public/employee-profiles.facade';
import { loginBlockReason } from '../login-eligibility';
import { LoginAccountRepository } from '../ports/login-account.repository';
import { PasswordGuessThrottle } from '../password-guess-throttle';
import { PasswordHasher } from '../ports/password-hasher';
import { refused, SessionOutcome, TokenIssuer } from '../token-issuer';

export class Login {
  constructor(
    readonly username: string,
    readonly password: string,
    /** The client's address as the HTTP layer sees it (see TRUST_PROXY). */
    readonly address: string,
  ) {}
}

@CommandHandler(Login)
export class LoginHandler implements ICommandHandler<Login, Written<SessionOutcome>> {
  constructor(
    private readonly accounts: LoginAccountRepository,
    private readonly throttle: PasswordGuessThrottle,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenIssuer,
    private readonly profiles: EmployeeProfilesFacade,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ username, password, address }: Login): Promise<Written<SessionOutcome>> {
    const user = username.toLowerCase();
    await this.throttle.admit(address, user, 'LOGIN');
    const account = await this.accounts.byUsername(username);
    const passwordOk = await this.hasher.matches(account?.passwordHash ?? null, password);
    if (!account || !passwordOk) return written(refused('INVALID_CREDENTIALS', 'The username or password is wrong.'));
    await this.throttle.passed(address, user);
    const blocked = await loginBlockReason(account, this.profiles, this.clock.now());
    if (blocked) throw new DomainError('unauthenticated', 'ACCOUNT_DISABLED', blocked);
    return written({ tokens: await this.tokens.issue(account) });
  }
}

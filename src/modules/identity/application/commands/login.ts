import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { APP_CONFIG, AppConfig } from '../../../../platform/config/app-config';
import { HttpProblem } from '../../../../platform/http/problem';
import { Written, written } from '../../../../platform/write/written';
import { EmployeeProfilesFacade } from '../../../organization/public/employee-profiles.facade';
import { AttemptScope, retryAfterSeconds, ThrottleLimit } from '../../domain/login-throttle';
import { loginBlockReason } from '../login-eligibility';
import { LoginAccountRepository } from '../ports/login-account.repository';
import { LoginAttempts } from '../ports/login-attempts';
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
    private readonly attempts: LoginAttempts,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenIssuer,
    private readonly profiles: EmployeeProfilesFacade,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ username, password, address }: Login): Promise<Written<SessionOutcome>> {
    const user = username.toLowerCase();
    await this.admit('ADDRESS', address, { maxAttempts: this.config.loginAddressMaxFailures, windowMinutes: this.config.loginAddressLockMinutes });
    // A 429 rolls back the address's count too: a person retrying a locked username does not lock their office.
    await this.admit('USERNAME', user, { maxAttempts: this.config.loginMaxFailures, windowMinutes: this.config.loginLockMinutes });
    const account = await this.accounts.byUsername(username);
    const passwordOk = await this.hasher.matches(account?.passwordHash ?? null, password);
    if (!account || !passwordOk) return written(refused('INVALID_CREDENTIALS', 'The username or password is wrong.'));
    await this.attempts.takeBack('ADDRESS', address);
    await this.attempts.clear('USERNAME', user);
    const blocked = await loginBlockReason(account, this.profiles, this.clock.now());
    if (blocked) throw new DomainError('unauthenticated', 'ACCOUNT_DISABLED', blocked);
    return written({ tokens: await this.tokens.issue(account) });
  }

  /** Counts this attempt before the password is checked, so parallel guesses cannot all be checked. */
  private async admit(scope: AttemptScope, key: string, limit: ThrottleLimit): Promise<void> {
    const now = this.clock.now();
    const wait = retryAfterSeconds(await this.attempts.count(scope, key, now, limit.windowMinutes), limit, now);
    if (wait === null) return;
    const minutes = Math.ceil(wait / 60);
    const headers = { 'retry-after': String(wait) };
    if (scope === 'USERNAME') {
      throw new HttpProblem(
        429,
        'TOO_MANY_LOGIN_ATTEMPTS',
        `Too many failed logins for this username: try again in ${minutes} minutes or ask HR to reset the password.`,
        [],
        headers,
        { minutes },
      );
    }
    throw new HttpProblem(429, 'TOO_MANY_LOGIN_ATTEMPTS_FROM_ADDRESS', `Too many failed logins from this network address: try again in ${minutes} minutes.`, [], headers, {
      minutes,
    });
  }
}

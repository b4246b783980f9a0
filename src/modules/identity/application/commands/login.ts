import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { APP_CONFIG, AppConfig } from '../../../../platform/config/app-config';
import { HttpProblem } from '../../../../platform/http/problem';
import { Written, written } from '../../../../platform/write/written';
import { EmployeeProfilesFacade } from '../../../organization/public/employee-profiles.facade';
import { isLockedOut } from '../../domain/login-throttle';
import { loginBlockReason } from '../login-eligibility';
import { LoginAccountRepository } from '../ports/login-account.repository';
import { LoginFailureLog } from '../ports/login-failure-log';
import { PasswordHasher } from '../ports/password-hasher';
import { refused, SessionOutcome, TokenIssuer } from '../token-issuer';

export class Login {
  constructor(
    readonly username: string,
    readonly password: string,
  ) {}
}

@CommandHandler(Login)
export class LoginHandler implements ICommandHandler<Login, Written<SessionOutcome>> {
  constructor(
    private readonly accounts: LoginAccountRepository,
    private readonly failures: LoginFailureLog,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenIssuer,
    private readonly profiles: EmployeeProfilesFacade,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ username, password }: Login): Promise<Written<SessionOutcome>> {
    const policy = { maxFailures: this.config.loginMaxFailures, lockMinutes: this.config.loginLockMinutes };
    if (isLockedOut(await this.failures.recentCount(username, policy.lockMinutes), policy)) {
      throw new HttpProblem(
        429,
        'TOO_MANY_LOGIN_ATTEMPTS',
        `Too many failed logins for this username: try again in ${policy.lockMinutes} minutes or ask HR to reset the password.`,
        [],
        { 'retry-after': String(policy.lockMinutes * 60) },
      );
    }
    const account = await this.accounts.byUsername(username);
    const passwordOk = await this.hasher.matches(account?.passwordHash ?? null, password);
    if (!account || !passwordOk) {
      await this.failures.record(username);
      return written(refused('INVALID_CREDENTIALS', 'The username or password is wrong.'));
    }
    const blocked = await loginBlockReason(account, this.profiles, this.clock.now());
    if (blocked) throw new DomainError('unauthenticated', 'ACCOUNT_DISABLED', blocked);
    await this.failures.clear(username);
    return written({ tokens: await this.tokens.issue(account) });
  }
}

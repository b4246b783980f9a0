import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { verify } from '@node-rs/argon2';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { APP_CONFIG, AppConfig } from '../../../../platform/config/app-config';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { HttpProblem } from '../../../../platform/http/problem';
import { EmployeeProfilesFacade } from '../../../organization/public/employee-profiles.facade';
import { isLockedOut } from '../../domain/login-throttle';
import { UserEntity } from '../../infrastructure/persistence/identity.entities';
import { TokenIssuer, TokenPair } from '../token-issuer';
import { loginBlockReason } from '../login-eligibility';

export class Login {
  constructor(
    readonly username: string,
    readonly password: string,
  ) {}
}

// Verifying against a fixed hash when the user does not exist keeps the response time from telling
// whether a username exists.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$BR153XX91rBo7H9kQBZ/VQ$eIccNBMgVLotYVYA8+pD+12qOEFpkgs7GnInHKB4Cno';

@CommandHandler(Login)
export class LoginHandler implements ICommandHandler<Login, TokenPair> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly tokens: TokenIssuer,
    private readonly profiles: EmployeeProfilesFacade,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ username, password }: Login): Promise<TokenPair> {
    const policy = { maxFailures: this.config.loginMaxFailures, lockMinutes: this.config.loginLockMinutes };
    const [{ count }] = await this.uow.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM identity.login_failures
        WHERE lower(username) = lower($1) AND at > now() - make_interval(mins => $2)`,
      [username, policy.lockMinutes],
    );
    if (isLockedOut(count, policy)) {
      throw new HttpProblem(
        429,
        'TOO_MANY_LOGIN_ATTEMPTS',
        `Too many failed logins for this username: try again in ${policy.lockMinutes} minutes or ask HR to reset the password.`,
        [],
        { 'retry-after': String(policy.lockMinutes * 60) },
      );
    }

    const user = await this.uow.manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.username) = lower(:username)', { username })
      .getOne();
    const passwordOk = await verify(user?.passwordHash ?? DUMMY_HASH, password).catch(() => false);
    if (!user || !passwordOk) {
      // The failure is recorded in its own transaction: the 401 below must not roll it back.
      await this.uow.query(`INSERT INTO identity.login_failures (username) VALUES ($1)`, [username.slice(0, 200)]);
      throw new DomainError('unauthenticated', 'INVALID_CREDENTIALS', 'The username or password is wrong.');
    }
    const blocked = await loginBlockReason(user, this.profiles, this.clock.now());
    if (blocked) throw new DomainError('unauthenticated', 'ACCOUNT_DISABLED', blocked);

    return this.uow.run(async () => {
      await this.uow.query(`DELETE FROM identity.login_failures WHERE lower(username) = lower($1)`, [username]);
      return this.tokens.issue(user);
    });
  }
}

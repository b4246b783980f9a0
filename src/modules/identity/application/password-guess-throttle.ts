import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock } from '../../../shared-kernel/clock';
import { APP_CONFIG, AppConfig } from '../../../platform/config/app-config';
import { HttpProblem } from '../../../platform/http/problem';
import { AttemptScope, retryAfterSeconds, ThrottleLimit } from '../domain/login-throttle';
import { LoginAttempts } from './ports/login-attempts';

/** Where a password is checked: each answers its own 429 codes, counted in the same windows. */
export type PasswordDoor = 'LOGIN' | 'PASSWORD_CHANGE';

/**
 * Every check of a password against a username (a login, the current password of a password change) is a
 * guess, counted in the same per-address and per-username windows: a thief holding a session cannot guess
 * the password through the change route once the login route would stop them, nor the other way round.
 */
@Injectable()
export class PasswordGuessThrottle {
  constructor(
    private readonly attempts: LoginAttempts,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Counts this guess before the password is checked, so parallel guesses cannot all be checked; 429 over a limit. */
  async admit(address: string, username: string, door: PasswordDoor): Promise<void> {
    await this.admitOne('ADDRESS', address, { maxAttempts: this.config.loginAddressMaxFailures, windowMinutes: this.config.loginAddressLockMinutes }, door);
    // A 429 rolls back the address's count too: a person retrying a locked username does not lock their office.
    await this.admitOne('USERNAME', username, { maxAttempts: this.config.loginMaxFailures, windowMinutes: this.config.loginLockMinutes }, door);
  }

  /** The password was right: it was no guess, so the address gets its attempt back and the username starts afresh. */
  async passed(address: string, username: string): Promise<void> {
    await this.attempts.takeBack('ADDRESS', address);
    await this.attempts.clear('USERNAME', username);
  }

  private async admitOne(scope: AttemptScope, key: string, limit: ThrottleLimit, door: PasswordDoor): Promise<void> {
    const now = this.clock.now();
    const wait = retryAfterSeconds(await this.attempts.count(scope, key, now, limit.windowMinutes), limit, now);
    if (wait === null) return;
    throw tooMany(scope, door, Math.ceil(wait / 60), { 'retry-after': String(wait) });
  }
}

function tooMany(scope: AttemptScope, door: PasswordDoor, minutes: number, headers: Record<string, string>): HttpProblem {
  if (door === 'LOGIN') {
    return scope === 'USERNAME'
      ? new HttpProblem(429, 'TOO_MANY_LOGIN_ATTEMPTS', `Too many failed logins for this username: try again in ${minutes} minutes or ask HR to reset the password.`, [], headers, {
          minutes,
        })
      : new HttpProblem(429, 'TOO_MANY_LOGIN_ATTEMPTS_FROM_ADDRESS', `Too many failed logins from this network address: try again in ${minutes} minutes.`, [], headers, {
          minutes,
        });
  }
  return scope === 'USERNAME'
    ? new HttpProblem(
        429,
        'TOO_MANY_PASSWORD_ATTEMPTS',
        `Too many wrong passwords for this username: try again in ${minutes} minutes or ask HR to reset the password.`,
        [],
        headers,
        { minutes },
      )
    : new HttpProblem(429, 'TOO_MANY_PASSWORD_ATTEMPTS_FROM_ADDRESS', `Too many wrong passwords from this network address: try again in ${minutes} minutes.`, [], headers, {
        minutes,
      });
}

import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { LoginAttempts } from '../../application/ports/login-attempts';
import { AttemptCount, AttemptScope } from '../../domain/login-throttle';

/**
 * The increment's row lock is held until the guess's transaction ends (a login, or a password change), so
 * parallel attempts on one key queue behind it and each reads the count the previous ones left: they cannot
 * all pass. It orders the guesses of one address or one username through their password checks (tens of
 * milliseconds each); the address row is always locked before the username row, so two cannot wait on each other.
 */
@Injectable()
export class PgLoginAttempts extends LoginAttempts {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async count(scope: AttemptScope, key: string, now: Date, windowMinutes: number): Promise<AttemptCount> {
    const [row] = await this.uow.query<{ attempts: number; window_start: Date }>(
      `INSERT INTO identity.login_attempts AS a (scope, key, window_start, attempts)
       VALUES ($1, $2, $3::timestamptz, 1)
       ON CONFLICT (scope, key) DO UPDATE SET
         window_start = CASE WHEN a.window_start + make_interval(mins => $4::int) <= $3::timestamptz THEN $3::timestamptz ELSE a.window_start END,
         attempts     = CASE WHEN a.window_start + make_interval(mins => $4::int) <= $3::timestamptz THEN 1 ELSE a.attempts + 1 END
       RETURNING attempts, window_start`,
      [scope, key, now, windowMinutes],
    );
    return { attempts: row.attempts, windowStart: new Date(row.window_start) };
  }

  async takeBack(scope: AttemptScope, key: string): Promise<void> {
    await this.uow.query(`UPDATE identity.login_attempts SET attempts = greatest(attempts - 1, 0) WHERE scope = $1 AND key = $2`, [scope, key]);
  }

  async clear(scope: AttemptScope, key: string): Promise<void> {
    await this.uow.query(`DELETE FROM identity.login_attempts WHERE scope = $1 AND key = $2`, [scope, key]);
  }

  /**
   * The predicate is `count`'s "window has run out" one, so a row that still counts is never taken. A login
   * that renews a row's window while this runs holds its row lock; the DELETE waits for it and re-checks the
   * renewed row, which no longer matches.
   */
  async purgeExpired(now: Date, windowMinutes: Record<AttemptScope, number>): Promise<number> {
    const rows = await this.uow.query<{ scope: string }>(
      `DELETE FROM identity.login_attempts
        WHERE (scope = 'USERNAME' AND window_start + make_interval(mins => $2::int) <= $1::timestamptz)
           OR (scope = 'ADDRESS'  AND window_start + make_interval(mins => $3::int) <= $1::timestamptz)
       RETURNING scope`,
      [now, windowMinutes.USERNAME, windowMinutes.ADDRESS],
    );
    return rows.length;
  }
}

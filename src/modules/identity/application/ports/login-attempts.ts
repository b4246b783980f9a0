import { AttemptCount, AttemptScope } from '../../domain/login-throttle';

/**
 * Password guesses (logins, and the current password of a password change) per username and per source
 * address, written in the guess's transaction: a refused one (429, a disabled account, a rejected new
 * password) rolls its count back, a wrong password commits it.
 */
export abstract class LoginAttempts {
  /** Adds one attempt to the key's window, starting a new window at `now` when the last one has run out. */
  abstract count(scope: AttemptScope, key: string, now: Date, windowMinutes: number): Promise<AttemptCount>;

  /** Takes back one attempt that turned out not to be a guess (a correct password). */
  abstract takeBack(scope: AttemptScope, key: string): Promise<void>;

  abstract clear(scope: AttemptScope, key: string): Promise<void>;

  /**
   * Deletes, in one statement, the rows whose window has run out by `now` (per scope: each has its own
   * window); the next attempt on such a key starts a new window at one, as if the row were there. Answers
   * how many went.
   */
  abstract purgeExpired(now: Date, windowMinutes: Record<AttemptScope, number>): Promise<number>;
}

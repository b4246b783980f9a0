/**
 * Login guesses are counted before the password is checked, per source address and per username, each in
 * a fixed window that starts at its first attempt and simply runs out: a locked username only waits.
 *
 * The address limit is checked first and an address over it does not count against the username, so one
 * address cannot keep a colleague's username locked by guessing again as each window ends: its own lock
 * (longer than the username's) outlasts it, and the colleague, from their own address, gets in once the
 * username window is over.
 */
export type AttemptScope = 'USERNAME' | 'ADDRESS';

export interface AttemptCount {
  /** Attempts in the current window, this one included. */
  attempts: number;
  windowStart: Date;
}

export interface ThrottleLimit {
  maxAttempts: number;
  windowMinutes: number;
}

/** Seconds until the window ends when this attempt is over the limit; null when it may be checked. */
export function retryAfterSeconds(count: AttemptCount, limit: ThrottleLimit, now: Date): number | null {
  if (count.attempts <= limit.maxAttempts) return null;
  const windowEnd = count.windowStart.getTime() + limit.windowMinutes * 60_000;
  return Math.max(1, Math.ceil((windowEnd - now.getTime()) / 1000));
}

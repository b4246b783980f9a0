/**
 * Repeated failed logins for one username lock it for a while: guessing a password from outside must
 * cost hours, not seconds. Counted per username, so one attacker cannot lock every account from one IP
 * faster than those accounts' own failures would.
 */
export interface LoginThrottlePolicy {
  maxFailures: number;
  lockMinutes: number;
}

export function isLockedOut(recentFailures: number, policy: LoginThrottlePolicy): boolean {
  return recentFailures >= policy.maxFailures;
}

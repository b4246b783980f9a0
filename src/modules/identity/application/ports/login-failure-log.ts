/** Failed logins per username, which the throttle counts over its lock window. */
export abstract class LoginFailureLog {
  abstract recentCount(username: string, withinMinutes: number): Promise<number>;

  abstract record(username: string): Promise<void>;

  abstract clear(username: string): Promise<void>;
}

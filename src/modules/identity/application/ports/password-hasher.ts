export abstract class PasswordHasher {
  abstract hash(password: string): Promise<string>;

  /**
   * Whether the password matches the hash. Without a hash (no such login) it takes as long as a real check
   * and says no, so the response time does not tell whether a username exists.
   */
  abstract matches(passwordHash: string | null, password: string): Promise<boolean>;
}

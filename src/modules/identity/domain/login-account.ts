/**
 * A login: an employee's (username = NIP) or a standalone account (the first HR admin, payroll and
 * auditor service accounts). Only a hash of the password is kept.
 */
export interface LoginAccount {
  readonly id: string;
  readonly username: string;
  readonly passwordHash: string;
  readonly employeeId: string | null;
  readonly disabledAt: Date | null;
  readonly disabledReason: string | null;
  /** Set when someone else chose the password: until its owner changes it, the login opens nothing else. */
  readonly mustChangePassword: boolean;
}

import { RoleGrant } from '../../../../platform/auth/actor';
import { LoginAccount } from '../../domain/login-account';

/** Logins and their role grants; bound to its PostgreSQL implementation in the module. */
export abstract class LoginAccountRepository {
  /** Usernames are matched without regard to case: a NIP has none, and a typed account name should not need it. */
  abstract byUsername(username: string): Promise<LoginAccount | null>;

  abstract byId(id: string): Promise<LoginAccount>;

  abstract ofEmployee(employeeId: string): Promise<LoginAccount | null>;

  abstract usernameTaken(username: string): Promise<boolean>;

  abstract add(account: LoginAccount, grants: readonly RoleGrant[]): Promise<void>;

  /** `mustChangePassword`: whether the owner must replace this password before the login opens anything else. */
  abstract changePasswordHash(id: string, passwordHash: string, mustChangePassword: boolean): Promise<void>;

  /** The grants of a login, oldest first. */
  abstract grantsOf(id: string): Promise<RoleGrant[]>;

  abstract grantsOfEmployee(employeeId: string): Promise<RoleGrant[]>;

  /** Adds the grant unless the login already holds it; says whether it was added. */
  abstract grant(id: string, grant: RoleGrant): Promise<boolean>;

  /** Says whether the login held the grant. */
  abstract revoke(id: string, grant: RoleGrant): Promise<boolean>;

  abstract anyHrAdmin(): Promise<boolean>;

  /** Makes concurrent start-ups queue, so that exactly one of them creates the first HR administrator. */
  abstract lockFirstAdmin(): Promise<void>;
}

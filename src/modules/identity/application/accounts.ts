import { Injectable } from '@nestjs/common';
import { checkRule } from '../../../shared-kernel/business-rule';
import { DomainError } from '../../../shared-kernel/domain-error';
import { newId } from '../../../shared-kernel/ids';
import { Role } from '../../../platform/auth/actor';
import { AuditEntry } from '../../../platform/audit/audit-log';
import { EmployeeLogins } from '../../organization/public/employee-logins.port';
import { LoginAccount } from '../domain/login-account';
import { PasswordMustBeStrongEnoughRule } from '../domain/rules/password-must-be-strong-enough.rule';
import { LoginAccountRepository } from './ports/login-account.repository';
import { PasswordHasher } from './ports/password-hasher';
import { RefreshTokenRepository } from './ports/refresh-token.repository';

/**
 * Creating logins and setting their passwords, inside the command that asks for it: each returns the audit
 * row of what it did, for that command to return with its own.
 */
@Injectable()
export class Accounts implements EmployeeLogins {
  constructor(
    private readonly logins: LoginAccountRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  /**
   * `mustChangePassword`: the login made through the password route of an administrator must be given a
   * password of its owner's choosing at the first login; the initial password of a new employee record is not.
   */
  async createFor(employeeId: string, nip: string, password: string, mustChangePassword = false): Promise<AuditEntry> {
    checkRule(new PasswordMustBeStrongEnoughRule(password));
    if (await this.logins.ofEmployee(employeeId)) {
      throw DomainError.conflict('LOGIN_EXISTS', 'This employee already has a login; use the password reset instead.');
    }
    await this.logins.add({ ...(await this.account(nip, password, employeeId)), mustChangePassword }, []);
    return { action: 'CreateLogin', targetType: 'Employee', targetId: employeeId, after: { username: nip } };
  }

  /**
   * A new password ends every session of the login: whoever knew the old one is out. The administrator who
   * chose it knows it too, so its owner must replace it at the next login.
   */
  async resetPassword(employeeId: string, password: string): Promise<AuditEntry> {
    checkRule(new PasswordMustBeStrongEnoughRule(password));
    const login = await this.logins.ofEmployee(employeeId);
    if (!login) throw DomainError.notFound('Login of employee', employeeId);
    await this.logins.changePasswordHash(login.id, await this.hasher.hash(password), true);
    await this.refreshTokens.revokeAllOf(login.id);
    return { action: 'ResetPassword', targetType: 'Employee', targetId: employeeId };
  }

  /**
   * The owner, whose current password was just checked, replaces it: the sessions opened with the old one end,
   * and the login opens fully again.
   */
  async changeOwnPassword(login: LoginAccount, currentPassword: string, newPassword: string): Promise<AuditEntry> {
    if (newPassword === currentPassword) {
      throw DomainError.validation('newPassword', 'PASSWORD_UNCHANGED', 'newPassword must differ from the current password: choose one only you know.');
    }
    checkRule(new PasswordMustBeStrongEnoughRule(newPassword, 'newPassword'));
    await this.logins.changePasswordHash(login.id, await this.hasher.hash(newPassword), false);
    await this.refreshTokens.revokeAllOf(login.id);
    return { action: 'ChangeOwnPassword', targetType: 'User', targetId: login.id, before: { mustChangePassword: login.mustChangePassword }, after: { mustChangePassword: false } };
  }

  /** A standalone account (the first HR admin, payroll and auditor service accounts). */
  async createAccount(username: string, password: string, roles: Role[]): Promise<AuditEntry> {
    checkRule(new PasswordMustBeStrongEnoughRule(password));
    const account = await this.account(username, password, null);
    await this.logins.add(
      account,
      roles.map((role) => ({ role, unitId: null })),
    );
    return { action: 'CreateAccount', targetType: 'User', targetId: account.id, after: { username, roles } };
  }

  private async account(username: string, password: string, employeeId: string | null) {
    return { id: newId(), username, passwordHash: await this.hasher.hash(password), employeeId, disabledAt: null, disabledReason: null, mustChangePassword: false };
  }
}

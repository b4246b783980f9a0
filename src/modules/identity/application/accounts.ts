import { Injectable } from '@nestjs/common';
import { hash } from '@node-rs/argon2';
import { DomainError } from '../../../shared-kernel/domain-error';
import { newId } from '../../../shared-kernel/ids';
import { Role } from '../../../platform/auth/actor';
import { AuditLog } from '../../../platform/audit/audit-log';
import { UnitOfWork } from '../../../platform/database/unit-of-work';
import { EmployeeLogins } from '../../organization/public/employee-logins.port';
import { assertPasswordAcceptable } from '../domain/password-policy';
import { RoleGrantEntity, UserEntity } from '../infrastructure/persistence/identity.entities';
import { TokenIssuer } from './token-issuer';

/** Creating and disabling logins; runs inside the caller's transaction. */
@Injectable()
export class Accounts implements EmployeeLogins {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditLog,
    private readonly tokens: TokenIssuer,
  ) {}

  async createFor(employeeId: string, nip: string, password: string): Promise<void> {
    assertPasswordAcceptable(password);
    const users = this.uow.manager.getRepository(UserEntity);
    if (await users.findOneBy({ employeeId })) {
      throw DomainError.conflict('LOGIN_EXISTS', 'This employee already has a login; use the password reset instead.');
    }
    const id = newId();
    await users.insert({ id, username: nip, passwordHash: await hash(password), employeeId, disabledAt: null, disabledReason: null });
    await this.audit.record({ action: 'CreateLogin', targetType: 'Employee', targetId: employeeId, after: { username: nip } });
  }

  async resetPassword(employeeId: string, password: string): Promise<void> {
    assertPasswordAcceptable(password);
    const user = await this.uow.manager.getRepository(UserEntity).findOneBy({ employeeId });
    if (!user) throw DomainError.notFound('Login of employee', employeeId);
    await this.uow.manager.getRepository(UserEntity).update({ id: user.id }, { passwordHash: await hash(password) });
    await this.tokens.revokeAllOf(user.id);
    await this.audit.record({ action: 'ResetPassword', targetType: 'Employee', targetId: employeeId });
  }

  /** A standalone account (the first HR admin, payroll and auditor service accounts). */
  async createAccount(username: string, password: string, roles: Role[]): Promise<string> {
    assertPasswordAcceptable(password);
    const id = newId();
    await this.uow.manager
      .getRepository(UserEntity)
      .insert({ id, username, passwordHash: await hash(password), employeeId: null, disabledAt: null, disabledReason: null });
    for (const role of roles) await this.uow.manager.getRepository(RoleGrantEntity).insert({ id: newId(), userId: id, role, unitId: null });
    await this.audit.record({ action: 'CreateAccount', targetType: 'User', targetId: id, after: { username, roles } });
    return id;
  }

  async hasHrAdmin(): Promise<boolean> {
    const rows = await this.uow.query(`SELECT 1 FROM identity.role_grants WHERE role = 'HR_ADMIN' LIMIT 1`);
    return rows.length > 0;
  }

  /** Ends every session of the employee's login; the login check refuses new ones while the status lasts. */
  async revokeSessionsOfEmployee(employeeId: string, reason: string): Promise<void> {
    const user = await this.uow.manager.getRepository(UserEntity).findOneBy({ employeeId });
    if (!user) return;
    await this.tokens.revokeAllOf(user.id);
    await this.audit.record({ action: 'RevokeSessions', targetType: 'Employee', targetId: employeeId, reason });
  }
}

import { Injectable } from '@nestjs/common';
import { newId } from '../../../../shared-kernel/ids';
import { Role, RoleGrant } from '../../../../platform/auth/actor';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { LoginAccountRepository } from '../../application/ports/login-account.repository';
import { LoginAccount } from '../../domain/login-account';

const ACCOUNT = `SELECT id, username, password_hash, employee_id, disabled_at, disabled_reason, must_change_password FROM identity.users`;

const toAccount = (r: any): LoginAccount => ({
  id: r.id,
  username: r.username,
  passwordHash: r.password_hash,
  employeeId: r.employee_id,
  disabledAt: r.disabled_at,
  disabledReason: r.disabled_reason,
  mustChangePassword: r.must_change_password,
});

const toGrant = (r: any): RoleGrant => ({ role: r.role as Role, unitId: r.unit_id });

@Injectable()
export class PgLoginAccountRepository extends LoginAccountRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  private async one(where: string, param: string): Promise<LoginAccount | null> {
    const [row] = await this.uow.query(`${ACCOUNT} WHERE ${where}`, [param]);
    return row ? toAccount(row) : null;
  }

  byUsername(username: string): Promise<LoginAccount | null> {
    return this.one('lower(username) = lower($1)', username);
  }

  async byId(id: string): Promise<LoginAccount> {
    const account = await this.one('id = $1', id);
    if (!account) throw new Error(`Login ${id} does not exist`);
    return account;
  }

  ofEmployee(employeeId: string): Promise<LoginAccount | null> {
    return this.one('employee_id = $1', employeeId);
  }

  async usernameTaken(username: string): Promise<boolean> {
    return (await this.byUsername(username)) !== null;
  }

  async add(a: LoginAccount, grants: readonly RoleGrant[]): Promise<void> {
    await this.uow.query(
      `INSERT INTO identity.users (id, username, password_hash, employee_id, disabled_at, disabled_reason, must_change_password) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [a.id, a.username, a.passwordHash, a.employeeId, a.disabledAt, a.disabledReason, a.mustChangePassword],
    );
    for (const grant of grants) await this.grant(a.id, grant);
  }

  async changePasswordHash(id: string, passwordHash: string, mustChangePassword: boolean): Promise<void> {
    await this.uow.query(`UPDATE identity.users SET password_hash = $2, must_change_password = $3 WHERE id = $1`, [id, passwordHash, mustChangePassword]);
  }

  async grantsOf(id: string): Promise<RoleGrant[]> {
    return (await this.uow.query(`SELECT role, unit_id FROM identity.role_grants WHERE user_id = $1 ORDER BY granted_at`, [id])).map(toGrant);
  }

  async grantsOfEmployee(employeeId: string): Promise<RoleGrant[]> {
    const rows = await this.uow.query(
      `SELECT g.role, g.unit_id FROM identity.role_grants g JOIN identity.users u ON u.id = g.user_id WHERE u.employee_id = $1 ORDER BY g.granted_at`,
      [employeeId],
    );
    return rows.map(toGrant);
  }

  async grant(id: string, { role, unitId }: RoleGrant): Promise<boolean> {
    const added = await this.uow.query(
      `INSERT INTO identity.role_grants (id, user_id, role, unit_id)
       SELECT $1, $2, $3, $4
        WHERE NOT EXISTS (SELECT 1 FROM identity.role_grants WHERE user_id = $2 AND role = $3 AND unit_id IS NOT DISTINCT FROM $4)
       RETURNING id`,
      [newId(), id, role, unitId],
    );
    return added.length > 0;
  }

  async revoke(id: string, { role, unitId }: RoleGrant): Promise<boolean> {
    // Through TypeORM a bare DELETE … RETURNING answers [rows, count], never an empty list: select from it.
    const [{ removed }] = await this.uow.query<{ removed: number }>(
      `WITH gone AS (DELETE FROM identity.role_grants WHERE user_id = $1 AND role = $2 AND unit_id IS NOT DISTINCT FROM $3 RETURNING id)
       SELECT count(*)::int AS removed FROM gone`,
      [id, role, unitId],
    );
    return removed > 0;
  }

  async anyHrAdmin(): Promise<boolean> {
    return (await this.uow.query(`SELECT 1 FROM identity.role_grants WHERE role = 'HR_ADMIN' LIMIT 1`)).length > 0;
  }

  async lockFirstAdmin(): Promise<void> {
    await this.uow.query(`SELECT pg_advisory_xact_lock(hashtext('identity.first-admin'))`);
  }
}

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Role } from '../../../../platform/auth/actor';
import { Written, written } from '../../../../platform/write/written';
import { UnitTreeFacade } from '../../../organization/public/unit-tree.facade';
import { LoginAccount } from '../../domain/login-account';
import { LoginAccountRepository } from '../ports/login-account.repository';

export class GrantRole {
  constructor(
    readonly employeeId: string,
    readonly role: Role,
    readonly unitId: string | null,
  ) {}
}

export class RevokeRole {
  constructor(
    readonly employeeId: string,
    readonly role: Role,
    readonly unitId: string | null,
  ) {}
}

async function loginOf(accounts: LoginAccountRepository, employeeId: string): Promise<LoginAccount> {
  const account = await accounts.ofEmployee(employeeId);
  if (!account) {
    throw DomainError.conflict('EMPLOYEE_HAS_NO_LOGIN', 'This employee has no login yet: create one with POST /employees/{id}/login first.');
  }
  return account;
}

@CommandHandler(GrantRole)
export class GrantRoleHandler implements ICommandHandler<GrantRole, Written<{ role: Role; unitId: string | null }>> {
  constructor(
    private readonly accounts: LoginAccountRepository,
    private readonly unitTree: UnitTreeFacade,
  ) {}

  async execute({ employeeId, role, unitId }: GrantRole) {
    if (role === 'UNIT_ADMIN' && unitId === null) {
      throw DomainError.validation('unitId', 'UNIT_REQUIRED', 'unitId is required for UNIT_ADMIN: the unit whose subtree they administer');
    }
    if (role !== 'UNIT_ADMIN' && unitId !== null) {
      throw DomainError.validation('unitId', 'UNIT_NOT_ALLOWED', `unitId applies to UNIT_ADMIN only; ${role} is not scoped to a unit`);
    }
    if (unitId !== null && !(await this.unitTree.unitExists(unitId))) {
      throw DomainError.validation('unitId', 'UNIT_NOT_FOUND', `unitId ${unitId} is not a unit`);
    }
    const account = await loginOf(this.accounts, employeeId);
    // Granting what is already held changes nothing, so it leaves no audit row either.
    const granted = await this.accounts.grant(account.id, { role, unitId });
    return written({ role, unitId }, { audit: granted ? [{ action: 'GrantRole', targetType: 'Employee', targetId: employeeId, after: { role, unitId } }] : [] });
  }
}

@CommandHandler(RevokeRole)
export class RevokeRoleHandler implements ICommandHandler<RevokeRole, Written<void>> {
  constructor(private readonly accounts: LoginAccountRepository) {}

  async execute({ employeeId, role, unitId }: RevokeRole): Promise<Written<void>> {
    const account = await loginOf(this.accounts, employeeId);
    if (!(await this.accounts.revoke(account.id, { role, unitId }))) throw DomainError.notFound('Role grant', `${role}${unitId ? `@${unitId}` : ''}`);
    return written(undefined, { audit: [{ action: 'RevokeRole', targetType: 'Employee', targetId: employeeId, before: { role, unitId } }] });
  }
}

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { newId } from '../../../../shared-kernel/ids';
import { Role } from '../../../../platform/auth/actor';
import { AuditLog } from '../../../../platform/audit/audit-log';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { UnitTreeFacade } from '../../../organization/public/unit-tree.facade';
import { RoleGrantEntity, UserEntity } from '../../infrastructure/persistence/identity.entities';

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

async function loginOf(uow: UnitOfWork, employeeId: string): Promise<UserEntity> {
  const user = await uow.manager.getRepository(UserEntity).findOneBy({ employeeId });
  if (!user) {
    throw DomainError.conflict('EMPLOYEE_HAS_NO_LOGIN', 'This employee has no login yet: create one with POST /employees/{id}/login first.');
  }
  return user;
}

@CommandHandler(GrantRole)
export class GrantRoleHandler implements ICommandHandler<GrantRole, { role: Role; unitId: string | null }> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditLog,
    private readonly unitTree: UnitTreeFacade,
  ) {}

  async execute({ employeeId, role, unitId }: GrantRole) {
    if (role === 'UNIT_ADMIN' && unitId === null) {
      throw DomainError.validation('unitId', 'UNIT_REQUIRED', 'unitId is required for UNIT_ADMIN: the unit whose subtree they administer');
    }
    if (role !== 'UNIT_ADMIN' && unitId !== null) {
      throw DomainError.validation('unitId', 'UNIT_NOT_ALLOWED', `unitId applies to UNIT_ADMIN only; ${role} is not scoped to a unit`);
    }
    return this.uow.run(async () => {
      if (unitId !== null && !(await this.unitTree.unitExists(unitId))) {
        throw DomainError.validation('unitId', 'UNIT_NOT_FOUND', `unitId ${unitId} is not a unit`);
      }
      const user = await loginOf(this.uow, employeeId);
      const existing = await this.uow.query(
        `SELECT 1 FROM identity.role_grants WHERE user_id = $1 AND role = $2 AND unit_id IS NOT DISTINCT FROM $3`,
        [user.id, role, unitId],
      );
      if (existing.length === 0) {
        await this.uow.manager.getRepository(RoleGrantEntity).insert({ id: newId(), userId: user.id, role, unitId });
        await this.audit.record({ action: 'GrantRole', targetType: 'Employee', targetId: employeeId, after: { role, unitId } });
      }
      return { role, unitId };
    });
  }
}

@CommandHandler(RevokeRole)
export class RevokeRoleHandler implements ICommandHandler<RevokeRole, void> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditLog,
  ) {}

  async execute({ employeeId, role, unitId }: RevokeRole): Promise<void> {
    await this.uow.run(async () => {
      const user = await loginOf(this.uow, employeeId);
      const removed = await this.uow.query(
        `DELETE FROM identity.role_grants WHERE user_id = $1 AND role = $2 AND unit_id IS NOT DISTINCT FROM $3 RETURNING id`,
        [user.id, role, unitId],
      );
      if (removed.length === 0) throw DomainError.notFound('Role grant', `${role}${unitId ? `@${unitId}` : ''}`);
      await this.audit.record({ action: 'RevokeRole', targetType: 'Employee', targetId: employeeId, before: { role, unitId } });
    });
  }
}

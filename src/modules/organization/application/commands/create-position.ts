import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { newId } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { AuditLog } from '../../../../platform/audit/audit-log';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { checkRule } from '../../../../shared-kernel/business-rule';
import { parseKelasJabatan } from '../../domain/kelas-jabatan.value-object';
import { createPosition, Position } from '../../domain/position';
import { PositionHierarchyMustNotHaveCyclesRule } from '../../domain/rules/position-hierarchy-must-not-have-cycles.rule';
import { OrganizationRepository } from '../../infrastructure/persistence/organization.repository';
import { OrganizationAccess } from '../organization-access';

export class CreatePosition {
  constructor(
    readonly actor: Actor,
    readonly input: { code: string; name: string; kind: string; kelas: number; unitId: string; parentPositionId: string | null },
  ) {}
}

export class UpdatePosition {
  constructor(
    readonly actor: Actor,
    readonly positionId: string,
    readonly changes: { name?: string; kelas?: number; parentPositionId?: string | null },
  ) {}
}

export const positionView = (p: Position) => ({
  id: p.id,
  code: p.code,
  name: p.name,
  kind: p.kind,
  kelas: p.kelas,
  unitId: p.unitId,
  parentPositionId: p.parentPositionId,
});

@CommandHandler(CreatePosition)
export class CreatePositionHandler implements ICommandHandler<CreatePosition> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: OrganizationRepository,
    private readonly access: OrganizationAccess,
    private readonly audit: AuditLog,
  ) {}

  async execute({ actor, input }: CreatePosition) {
    return this.uow.run(async () => {
      const position = createPosition({ id: newId(), ...input });
      if (!(await this.repo.unit(position.unitId))) throw DomainError.validation('unitId', 'UNIT_NOT_FOUND', `unitId ${position.unitId} is not a unit.`);
      await this.access.assertCanAdministerUnit(actor, position.unitId);
      if (position.parentPositionId !== null && !(await this.repo.position(position.parentPositionId))) {
        throw DomainError.validation('parentPositionId', 'PARENT_POSITION_NOT_FOUND', `parentPositionId ${position.parentPositionId} is not a position.`);
      }
      await this.repo.insertPosition(position);
      await this.audit.record({ action: 'CreatePosition', targetType: 'Position', targetId: position.id, after: positionView(position) });
      return positionView(position);
    });
  }
}

@CommandHandler(UpdatePosition)
export class UpdatePositionHandler implements ICommandHandler<UpdatePosition> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: OrganizationRepository,
    private readonly access: OrganizationAccess,
    private readonly audit: AuditLog,
  ) {}

  async execute({ actor, positionId, changes }: UpdatePosition) {
    return this.uow.run(async () => {
      const before = await this.repo.position(positionId);
      if (!before) throw DomainError.notFound('Position', positionId);
      await this.access.assertCanAdministerUnit(actor, before.unitId);
      const parentPositionId = changes.parentPositionId === undefined ? before.parentPositionId : changes.parentPositionId;
      if (parentPositionId !== null && parentPositionId !== before.parentPositionId) {
        if (!(await this.repo.position(parentPositionId))) {
          throw DomainError.validation('parentPositionId', 'PARENT_POSITION_NOT_FOUND', `parentPositionId ${parentPositionId} is not a position.`);
        }
        checkRule(new PositionHierarchyMustNotHaveCyclesRule(positionId, parentPositionId, await this.repo.positionAncestors(parentPositionId)));
      }
      const after: Position = {
        ...before,
        name: changes.name?.trim() || before.name,
        kelas: changes.kelas === undefined ? before.kelas : parseKelasJabatan(changes.kelas),
        parentPositionId,
      };
      await this.repo.updatePosition(after);
      await this.audit.record({ action: 'UpdatePosition', targetType: 'Position', targetId: positionId, before: positionView(before), after: positionView(after) });
      return positionView(after);
    });
  }
}

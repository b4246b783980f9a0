import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { newId } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { AuditLog } from '../../../../platform/audit/audit-log';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { checkRule } from '../../../../shared-kernel/business-rule';
import { createUnit, moveUnit } from '../../domain/unit';
import { UnitTreeMustNotHaveCyclesRule } from '../../domain/rules/unit-tree-must-not-have-cycles.rule';
import { OrganizationRepository, UnitRecord } from '../../infrastructure/persistence/organization.repository';
import { OrganizationAccess } from '../organization-access';

export interface UnitInput {
  code: string;
  name: string;
  type: string;
  parentId: string | null;
  timeZone: string;
  isSatker: boolean;
}

export class CreateUnit {
  constructor(
    readonly actor: Actor,
    readonly input: UnitInput,
  ) {}
}

export class UpdateUnit {
  constructor(
    readonly actor: Actor,
    readonly unitId: string,
    readonly changes: { name?: string; parentId?: string | null; timeZone?: string; isSatker?: boolean },
  ) {}
}

export function unitView(u: UnitRecord) {
  return { id: u.id, code: u.code, name: u.name, type: u.type, parentId: u.parentId, timeZone: u.timeZone, isSatker: u.isSatker, workScheduleId: u.workScheduleId };
}

@CommandHandler(CreateUnit)
export class CreateUnitHandler implements ICommandHandler<CreateUnit> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: OrganizationRepository,
    private readonly access: OrganizationAccess,
    private readonly audit: AuditLog,
  ) {}

  async execute({ actor, input }: CreateUnit) {
    return this.uow.run(async () => {
      const id = newId();
      const unit = createUnit({ id, ...input });
      let path = `/${id}/`;
      if (unit.parentId === null) {
        if (!actor.isHrAdmin) throw DomainError.forbidden('Only HR administrators create the root unit.');
        if (await this.repo.rootUnitExists()) {
          throw DomainError.conflict('ROOT_UNIT_EXISTS', 'The ministry (root unit) already exists: give parentId.', 'parentId');
        }
      } else {
        const parent = await this.repo.unit(unit.parentId);
        if (!parent) throw DomainError.validation('parentId', 'PARENT_UNIT_NOT_FOUND', `parentId ${unit.parentId} is not a unit.`);
        await this.access.assertCanAdministerUnit(actor, parent.id);
        path = `${parent.path}${id}/`;
      }
      const record: UnitRecord = { ...unit, path, workScheduleId: null };
      await this.repo.insertUnit(record);
      await this.audit.record({ action: 'CreateUnit', targetType: 'Unit', targetId: id, after: unitView(record) });
      return unitView(record);
    });
  }
}

@CommandHandler(UpdateUnit)
export class UpdateUnitHandler implements ICommandHandler<UpdateUnit> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: OrganizationRepository,
    private readonly access: OrganizationAccess,
    private readonly audit: AuditLog,
  ) {}

  async execute({ actor, unitId, changes }: UpdateUnit) {
    return this.uow.run(async () => {
      const before = await this.repo.unit(unitId);
      if (!before) throw DomainError.notFound('Unit', unitId);
      await this.access.assertCanAdministerUnit(actor, unitId);
      let path = before.path;
      let moved = before;
      if (changes.parentId !== undefined && changes.parentId !== before.parentId) {
        const parentId = changes.parentId;
        moved = { ...before, ...moveUnit(before, parentId) };
        if (parentId !== null) {
          const parent = await this.repo.unit(parentId);
          if (!parent) throw DomainError.validation('parentId', 'PARENT_UNIT_NOT_FOUND', `parentId ${parentId} is not a unit.`);
          await this.access.assertCanAdministerUnit(actor, parentId);
          checkRule(new UnitTreeMustNotHaveCyclesRule(unitId, parentId, await this.repo.unitLineage(parentId)));
          path = `${parent.path}${unitId}/`;
        }
      }
      const after = createUnit({
        id: unitId,
        code: before.code,
        name: changes.name ?? before.name,
        type: before.type,
        parentId: moved.parentId,
        timeZone: changes.timeZone ?? before.timeZone,
        isSatker: changes.isSatker ?? before.isSatker,
      });
      const record: UnitRecord = { ...after, path, workScheduleId: before.workScheduleId };
      await this.repo.updateUnit(record, before.path);
      await this.audit.record({ action: 'UpdateUnit', targetType: 'Unit', targetId: unitId, before: unitView(before), after: unitView(record) });
      return unitView(record);
    });
  }
}

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { checkRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { newId } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { written } from '../../../../platform/write/written';
import { MinistryMustBeTheOnlyRootUnitRule } from '../../domain/rules/ministry-must-be-the-only-root-unit.rule';
import { UnitTreeMustNotHaveCyclesRule } from '../../domain/rules/unit-tree-must-not-have-cycles.rule';
import { createUnit, moveUnit, placementChangesOf } from '../../domain/unit';
import { AccessPolicy } from '../../public/access-policy';
import { ClosedMonths } from '../closed-months';
import { UnitRecord, UnitRepository } from '../ports/unit-repository';

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

const lineageOf = (path: string) => path.split('/').filter(Boolean).reverse();

@CommandHandler(CreateUnit)
export class CreateUnitHandler implements ICommandHandler<CreateUnit> {
  constructor(
    private readonly units: UnitRepository,
    private readonly access: AccessPolicy,
  ) {}

  async execute({ actor, input }: CreateUnit) {
    const id = newId();
    const unit = createUnit({ id, ...input });
    let path = `/${id}/`;
    if (unit.parentId === null) {
      if (!actor.isHrAdmin) throw DomainError.forbidden('Only HR administrators create the root unit.', 'HR_ONLY_ROOT_UNIT');
      checkRule(new MinistryMustBeTheOnlyRootUnitRule(await this.units.rootExists()));
    } else {
      const parent = await this.units.byId(unit.parentId);
      if (!parent) throw DomainError.validation('parentId', 'PARENT_UNIT_NOT_FOUND', `parentId ${unit.parentId} is not a unit.`);
      await this.access.assertCanAdministerUnit(actor, parent.id);
      path = `${parent.path}${id}/`;
    }
    const record: UnitRecord = { ...unit, path, workScheduleId: null };
    await this.units.add(record);
    return written(unitView(record), { audit: [{ action: 'CreateUnit', targetType: 'Unit', targetId: id, after: unitView(record) }] });
  }
}

@CommandHandler(UpdateUnit)
export class UpdateUnitHandler implements ICommandHandler<UpdateUnit> {
  constructor(
    private readonly units: UnitRepository,
    private readonly access: AccessPolicy,
    private readonly closedMonths: ClosedMonths,
  ) {}

  async execute({ actor, unitId, changes }: UpdateUnit) {
    const before = await this.units.byId(unitId);
    if (!before) throw DomainError.notFound('Unit', unitId);
    await this.access.assertCanAdministerUnit(actor, unitId);
    let path = before.path;
    let moved = before;
    if (changes.parentId !== undefined && changes.parentId !== before.parentId) {
      const parentId = changes.parentId;
      moved = { ...before, ...moveUnit(before, parentId) };
      if (parentId !== null) {
        const parent = await this.units.byId(parentId);
        if (!parent) throw DomainError.validation('parentId', 'PARENT_UNIT_NOT_FOUND', `parentId ${parentId} is not a unit.`);
        await this.access.assertCanAdministerUnit(actor, parentId);
        checkRule(new UnitTreeMustNotHaveCyclesRule(unitId, parentId, lineageOf(parent.path)));
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
    if (record.timeZone !== before.timeZone) {
      // A zone is not effective-dated: it re-reads every clock event of everyone ever placed in the unit.
      const firstPlaced = await this.units.firstPlacementDate(unitId);
      if (firstPlaced !== null) await this.closedMonths.assertOpenBetween(firstPlaced, null, `Changing the unit's time zone (it applies to every day since ${firstPlaced})`);
    }
    if (record.parentId !== before.parentId) {
      // A unit's office hours and regional holidays come down its lineage, which is not effective-dated: a move
      // re-reads every day since anyone of the subtree was placed.
      const firstPlaced = await this.units.firstPlacementDateInSubtree(before, { inheritingSchedule: false });
      if (firstPlaced !== null) await this.closedMonths.assertOpenBetween(firstPlaced, null, `Moving the unit (its hours and holidays apply to every day since ${firstPlaced})`);
    }
    await this.units.save(record, before.path);
    return written(unitView(record), {
      audit: [{ action: 'UpdateUnit', targetType: 'Unit', targetId: unitId, before: unitView(before), after: unitView(record) }],
      events: placementChangesOf(before, record),
    });
  }
}

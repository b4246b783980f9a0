import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { checkRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { newId } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { written } from '../../../../platform/write/written';
import { parseKelasJabatan } from '../../domain/kelas-jabatan.value-object';
import { createPosition, Position } from '../../domain/position';
import { PositionHierarchyMustNotHaveCyclesRule } from '../../domain/rules/position-hierarchy-must-not-have-cycles.rule';
import { PositionKelasMustNotExceedTheUnitCeilingRule } from '../../domain/rules/position-kelas-must-not-exceed-the-unit-ceiling.rule';
import { AccessPolicy } from '../../public/access-policy';
import { PositionRegrades } from '../position-regrades';
import { PositionRepository } from '../ports/position-repository';
import { StructureReadModel } from '../ports/structure-read-model';
import { UnitRepository } from '../ports/unit-repository';
import { kelasCeilingView } from './set-kelas-ceiling';

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

/**
 * A unit admin's position hangs under a position of their own subtree: parenting it elsewhere would make its
 * holder report to (and be rated by) someone outside their scope.
 */
async function assertParentInScope(actor: Actor, access: AccessPolicy, parent: Position): Promise<void> {
  if (actor.isHrAdmin) return;
  await access.assertCanAdministerUnit(actor, parent.unitId).catch(() => {
    throw new DomainError('forbidden', 'PARENT_POSITION_OUT_OF_SCOPE', 'parentPositionId is a position outside the units you administer: choose one of your subtree.', [
      { field: 'parentPositionId', code: 'PARENT_POSITION_OUT_OF_SCOPE', message: 'choose a position of the units you administer' },
    ]);
  });
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
    private readonly positions: PositionRepository,
    private readonly units: UnitRepository,
    private readonly structure: StructureReadModel,
    private readonly access: AccessPolicy,
  ) {}

  async execute({ actor, input }: CreatePosition) {
    const position = createPosition({ id: newId(), ...input });
    if (!(await this.units.byId(position.unitId))) throw DomainError.validation('unitId', 'UNIT_NOT_FOUND', `unitId ${position.unitId} is not a unit.`);
    await this.access.assertCanAdministerUnit(actor, position.unitId);
    if (position.parentPositionId !== null) {
      const parent = await this.positions.byId(position.parentPositionId);
      if (!parent) throw DomainError.validation('parentPositionId', 'PARENT_POSITION_NOT_FOUND', `parentPositionId ${position.parentPositionId} is not a position.`);
      await assertParentInScope(actor, this.access, parent);
    }
    if (!actor.isHrAdmin) checkRule(new PositionKelasMustNotExceedTheUnitCeilingRule(position.kelas, (await kelasCeilingView(this.structure, position.unitId)).kelas));
    await this.positions.add(position);
    return written(positionView(position), { audit: [{ action: 'CreatePosition', targetType: 'Position', targetId: position.id, after: positionView(position) }] });
  }
}

@CommandHandler(UpdatePosition)
export class UpdatePositionHandler implements ICommandHandler<UpdatePosition> {
  constructor(
    private readonly positions: PositionRepository,
    private readonly access: AccessPolicy,
    private readonly regrades: PositionRegrades,
  ) {}

  async execute({ actor, positionId, changes }: UpdatePosition) {
    const before = await this.positions.byId(positionId);
    if (!before) throw DomainError.notFound('Position', positionId);
    await this.access.assertCanAdministerUnit(actor, before.unitId);
    const parentPositionId = changes.parentPositionId === undefined ? before.parentPositionId : changes.parentPositionId;
    if (parentPositionId !== null && parentPositionId !== before.parentPositionId) {
      const parent = await this.positions.byId(parentPositionId);
      if (!parent) throw DomainError.validation('parentPositionId', 'PARENT_POSITION_NOT_FOUND', `parentPositionId ${parentPositionId} is not a position.`);
      await assertParentInScope(actor, this.access, parent);
      checkRule(new PositionHierarchyMustNotHaveCyclesRule(positionId, parentPositionId, await this.positions.ancestorIds(parentPositionId)));
    }
    const kelas = changes.kelas === undefined ? before.kelas : parseKelasJabatan(changes.kelas);
    // The form's kelas field is the position's kelas today: a change there is a regrade effective today.
    const regraded = kelas === before.kelas ? null : await this.regrades.regrade(actor, positionId, { kelas, effectiveDate: this.regrades.today(), reason: null });
    const after: Position = { ...before, name: changes.name?.trim() || before.name, kelas, parentPositionId };
    await this.positions.save(after);
    return written(positionView(after), {
      audit: [{ action: 'UpdatePosition', targetType: 'Position', targetId: positionId, before: positionView(before), after: positionView(after) }],
      events: regraded?.pullEvents() ?? [],
    });
  }
}

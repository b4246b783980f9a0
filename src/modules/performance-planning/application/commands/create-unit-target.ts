import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Actor } from '../../../../platform/auth/actor';
import { written } from '../../../../platform/write/written';
import { AccessPolicy } from '../../../organization/public/access-policy';
import { UnitTreeFacade } from '../../../organization/public/unit-tree.facade';
import { UnitTarget, UnitTargetInput } from '../../domain/unit-target';
import { UnitTargetRepository } from '../ports/unit-target-repository';

export class CreateUnitTarget {
  constructor(
    readonly actor: Actor,
    readonly input: Omit<UnitTargetInput, 'id'>,
  ) {}
}

export const unitTargetView = (t: UnitTarget) => ({
  id: t.id,
  unitId: t.unitId,
  year: t.year,
  kind: t.kind,
  code: t.code,
  name: t.name,
  volume: t.volume,
  outputUnit: t.outputUnit,
  // api.md: amounts of money are JSON integers in rupiah.
  budget: t.budget === null ? null : t.budget.toJSONInteger(),
});

/** RKAKL outputs and IKU are the ministry's commitments, entered by HR. */
@CommandHandler(CreateUnitTarget)
export class CreateUnitTargetHandler implements ICommandHandler<CreateUnitTarget> {
  constructor(
    private readonly unitTargets: UnitTargetRepository,
    private readonly access: AccessPolicy,
    private readonly unitTree: UnitTreeFacade,
  ) {}

  async execute({ actor, input }: CreateUnitTarget) {
    const target = UnitTarget.create(input);
    if (!(await this.unitTree.unitExists(target.unitId))) {
      throw DomainError.validation('unitId', 'UNIT_NOT_FOUND', `unitId ${target.unitId} is not a unit.`);
    }
    await this.access.assertCanAdministerUnit(actor, target.unitId);
    const clash = await this.unitTargets.list({ unitId: target.unitId, year: target.year, limit: 10_000 });
    if (clash.some((t) => t.code === target.code)) {
      throw DomainError.conflict('UNIT_TARGET_EXISTS', `The unit already has a target ${target.code} for ${target.year}.`, 'code', { code: target.code, year: target.year });
    }
    await this.unitTargets.add(target);
    const view = unitTargetView(target);
    return written(view, { audit: [{ action: 'CreateUnitTarget', targetType: 'UnitTarget', targetId: target.id, after: view }] });
  }
}

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Actor } from '../../../../platform/auth/actor';
import { written } from '../../../../platform/write/written';
import { parseKelasJabatan } from '../../domain/kelas-jabatan.value-object';
import { DEFAULT_UNIT_KELAS_CEILING } from '../../domain/rules/position-kelas-must-not-exceed-the-unit-ceiling.rule';
import { StructureReadModel } from '../ports/structure-read-model';
import { UnitRepository } from '../ports/unit-repository';

/** HR bounds the kelas unit admins may give positions in this unit's subtree; null falls back to the unit above, then the default. */
export class SetKelasCeiling {
  constructor(
    readonly actor: Actor,
    readonly unitId: string,
    readonly kelas: number | null,
  ) {}
}

/** The ceiling in force for a unit's positions and where it comes from (the unit itself, an ancestor, or the default). */
export async function kelasCeilingView(structure: StructureReadModel, unitId: string) {
  const set = await structure.kelasCeilingOf(unitId);
  return { unitId, kelas: set?.kelas ?? DEFAULT_UNIT_KELAS_CEILING, setOnUnitId: set?.setOnUnitId ?? null };
}

@CommandHandler(SetKelasCeiling)
export class SetKelasCeilingHandler implements ICommandHandler<SetKelasCeiling> {
  constructor(
    private readonly units: UnitRepository,
    private readonly structure: StructureReadModel,
  ) {}

  async execute({ actor, unitId, kelas }: SetKelasCeiling) {
    if (!actor.isHrAdmin) throw DomainError.forbidden('Only HR sets the kelas ceiling of a unit: kelas sets pay.', 'HR_ONLY_KELAS_CEILING');
    if (!(await this.units.byId(unitId))) throw DomainError.notFound('Unit', unitId);
    const before = await kelasCeilingView(this.structure, unitId);
    await this.units.setKelasCeiling(unitId, kelas === null ? null : parseKelasJabatan(kelas));
    const after = await kelasCeilingView(this.structure, unitId);
    return written(after, { audit: [{ action: 'SetKelasCeiling', targetType: 'Unit', targetId: unitId, before, after }] });
  }
}

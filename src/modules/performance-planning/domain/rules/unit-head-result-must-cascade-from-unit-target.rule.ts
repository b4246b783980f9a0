import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import type { ResultSource } from '../planned-result';
import type { UnitTarget } from '../unit-target';

/**
 * A unit head's results carry the unit's own commitments (PK, RKA-K/L outputs, IKU), so each one must
 * cascade from a target of the head's unit for the plan's year.
 */
export class UnitHeadResultMustCascadeFromUnitTargetRule implements BusinessRule {
  static readonly CODE = 'UNIT_HEAD_RESULT_MUST_CASCADE_FROM_UNIT_TARGET';
  static readonly WRONG_TARGET_CODE = 'UNIT_TARGET_NOT_OF_HEAD_UNIT_AND_YEAR';

  constructor(private readonly input: { source: ResultSource; unitTarget: UnitTarget | null; headUnitId: Id; year: number }) {}

  isBroken(): boolean {
    const { source, unitTarget, headUnitId, year } = this.input;
    if (source.kind !== 'UNIT_TARGET') return true;
    return !unitTarget || unitTarget.id !== source.unitTargetId || unitTarget.unitId !== headUnitId || unitTarget.year !== year;
  }

  error(): DomainError {
    if (this.input.source.kind !== 'UNIT_TARGET') {
      return DomainError.rule(UnitHeadResultMustCascadeFromUnitTargetRule.CODE, "A unit head's planned result must cascade from a target of their unit.", 'unitTargetId');
    }
    return DomainError.rule(
      UnitHeadResultMustCascadeFromUnitTargetRule.WRONG_TARGET_CODE,
      `The unit target must belong to the head's own unit and to ${this.input.year}.`,
      'unitTargetId',
      { year: this.input.year },
    );
  }
}

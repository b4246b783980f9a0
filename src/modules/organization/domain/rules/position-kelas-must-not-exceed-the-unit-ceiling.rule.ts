import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';

/**
 * Without a ceiling set by HR on the unit or above it, a unit admin grades up to kelas 12 (an administrator
 * post, the head of a typical balai): kelas sets pay, so anything higher is HR's to allow.
 */
export const DEFAULT_UNIT_KELAS_CEILING = 12;

/** A unit admin may not give a position a kelas above the ceiling HR set for its unit; HR is not bound by it. */
export class PositionKelasMustNotExceedTheUnitCeilingRule implements BusinessRule {
  constructor(
    private readonly kelas: number,
    private readonly ceiling: number,
  ) {}

  isBroken(): boolean {
    return this.kelas > this.ceiling;
  }

  error(): DomainError {
    return DomainError.rule(
      'KELAS_ABOVE_UNIT_CEILING',
      `kelas ${this.kelas} is above the ceiling of ${this.ceiling} HR set for this unit: choose a kelas up to ${this.ceiling}, or ask HR to raise the ceiling.`,
      'kelas',
    );
  }
}

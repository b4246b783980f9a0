import { DomainError } from '../../../shared-kernel/domain-error';
import { Id, newId } from '../../../shared-kernel/ids';
import { Money } from '../../../shared-kernel/money';
import { parsePositiveDecimal, requireText } from './input-parsing';

/** RKAKL_OUTPUT: a budget output (KRO/RO) of the DIPA; IKU: a key performance indicator of the unit. */
export const UNIT_TARGET_KINDS = ['RKAKL_OUTPUT', 'IKU'] as const;
export type UnitTargetKind = (typeof UNIT_TARGET_KINDS)[number];

export interface UnitTargetInput {
  id?: Id;
  unitId: Id;
  year: number;
  kind: UnitTargetKind;
  code: string;
  name: string;
  volume: string | number;
  outputUnit: string;
  /** Whole rupiah; a string so that large budgets stay exact. */
  budget?: string | number | null;
}

/** An organisational target that the head of the unit's SKP results cascade from. */
export class UnitTarget {
  private constructor(
    readonly id: Id,
    readonly unitId: Id,
    readonly year: number,
    readonly kind: UnitTargetKind,
    readonly code: string,
    readonly name: string,
    readonly volume: string,
    readonly outputUnit: string,
    readonly budget: Money | null,
  ) {}

  static create(input: UnitTargetInput): UnitTarget {
    assertPlanYear(input.year, 'year');
    if (!UNIT_TARGET_KINDS.includes(input.kind)) {
      throw DomainError.validation('kind', 'UNKNOWN_UNIT_TARGET_KIND', `kind must be one of ${UNIT_TARGET_KINDS.join(', ')}.`);
    }
    return new UnitTarget(
      input.id ?? newId(),
      input.unitId,
      input.year,
      input.kind,
      requireText(input.code, 'code', 50),
      requireText(input.name, 'name'),
      parsePositiveDecimal(input.volume, 'volume').toFixed(),
      requireText(input.outputUnit, 'outputUnit', 50),
      input.budget === undefined || input.budget === null ? null : parseBudget(input.budget),
    );
  }
}

function parseBudget(value: string | number): Money {
  const exact = typeof value === 'number' ? Number.isSafeInteger(value) : /^\d+$/.test(value);
  if (!exact) {
    throw DomainError.validation('budget', 'NOT_WHOLE_RUPIAH', 'budget must be a non-negative whole number of rupiah.');
  }
  return Money.rupiah(String(value));
}

export function assertPlanYear(year: number, field: string): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw DomainError.validation(field, 'INVALID_YEAR', `${field} must be a four-digit year.`);
  }
}

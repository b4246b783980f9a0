import { DomainError } from '../../../shared-kernel/domain-error';
import { Id } from '../../../shared-kernel/ids';
import { isValidTimeZone } from '../../../shared-kernel/zone';

export const UNIT_TYPES = ['MINISTRY', 'ESELON_I', 'ESELON_II', 'ESELON_III', 'ESELON_IV', 'UPT'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export function isUnitType(value: unknown): value is UnitType {
  return typeof value === 'string' && (UNIT_TYPES as readonly string[]).includes(value);
}

/** A unit kerja: one node of the organisation tree. */
export interface Unit {
  readonly id: Id;
  readonly code: string;
  readonly name: string;
  readonly type: UnitType;
  /** Null only for the ministry at the root. */
  readonly parentId: Id | null;
  /** IANA zone in which the unit's working days and clock times are read. */
  readonly timeZone: string;
  /** Budget-holding unit with its own DIPA; usually every UPT. */
  readonly isSatker: boolean;
}

export interface NewUnit {
  id: Id;
  code: string;
  name: string;
  type: unknown;
  parentId: Id | null;
  timeZone: unknown;
  isSatker: boolean;
}

/**
 * Only a MINISTRY is a root and a MINISTRY is always the root: the tree describes one ministry
 * (Kemensos), and a ministry inside another unit would make satker and scope questions meaningless.
 * The order of eselon levels below it is not enforced: the 2019–2021 penyetaraan flattened many
 * levels, and UPTs hold Eselon III/IV sub-units of their own.
 */
export function createUnit(props: NewUnit): Unit {
  if (!props.code?.trim()) throw DomainError.validation('code', 'UNIT_CODE_REQUIRED', 'A unit needs a code.');
  if (!props.name?.trim()) throw DomainError.validation('name', 'UNIT_NAME_REQUIRED', 'A unit needs a name.');
  if (!isUnitType(props.type)) {
    throw DomainError.validation('type', 'UNIT_TYPE_UNKNOWN', `Unit type must be one of ${UNIT_TYPES.join(', ')}.`);
  }
  assertValidUnitTimeZone(props.timeZone);
  assertRootIsMinistry(props.type, props.parentId);
  return {
    id: props.id,
    code: props.code.trim(),
    name: props.name.trim(),
    type: props.type,
    parentId: props.parentId,
    timeZone: props.timeZone,
    isSatker: props.isSatker,
  };
}

export function assertValidUnitTimeZone(timeZone: unknown): asserts timeZone is string {
  if (!isValidTimeZone(timeZone)) {
    throw DomainError.validation(
      'timeZone',
      'UNIT_TIME_ZONE_INVALID',
      `Time zone must be an IANA zone name such as Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT), not ${JSON.stringify(timeZone)}.`,
    );
  }
}

function assertRootIsMinistry(type: UnitType, parentId: Id | null): void {
  if (parentId === null && type !== 'MINISTRY') {
    throw DomainError.validation('parentId', 'UNIT_PARENT_REQUIRED', `A ${type} unit needs a parent unit; only the MINISTRY is the root.`);
  }
  if (parentId !== null && type === 'MINISTRY') {
    throw DomainError.validation('parentId', 'UNIT_MINISTRY_MUST_BE_ROOT', 'A MINISTRY is the root of the tree and has no parent unit.');
  }
}

/** Re-parents a unit; the caller also checks `UnitTreeMustNotHaveCyclesRule` against the new parent. */
export function moveUnit(unit: Unit, newParentId: Id | null): Unit {
  assertRootIsMinistry(unit.type, newParentId);
  return { ...unit, parentId: newParentId };
}

/** A unit moved in the tree or changed its zone: everyone below it now sits elsewhere or lives another day. */
export interface UnitPlacementChanged {
  readonly type: 'UnitPlacementChanged';
  readonly unitId: Id;
  readonly parentId: Id | null;
  readonly timeZone: string;
}

/** The event of an update, when it changed where the unit sits or which zone its days are read in. */
export function placementChangesOf(before: Unit, after: Unit): UnitPlacementChanged[] {
  if (before.parentId === after.parentId && before.timeZone === after.timeZone) return [];
  return [{ type: 'UnitPlacementChanged', unitId: after.id, parentId: after.parentId, timeZone: after.timeZone }];
}

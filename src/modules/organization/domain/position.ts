import { DomainError } from '../../../shared-kernel/domain-error';
import { Id } from '../../../shared-kernel/ids';
import { KelasJabatan, parseKelasJabatan } from './kelas-jabatan.value-object';

export const POSITION_KINDS = ['JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL'] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];

const STRUCTURAL_KINDS: readonly PositionKind[] = ['JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS'];

export function isPositionKind(value: unknown): value is PositionKind {
  return typeof value === 'string' && (POSITION_KINDS as readonly string[]).includes(value);
}

/**
 * A structural (leadership) post has one head at a time and is the only kind that can be held
 * acting (Plt/Plh); PELAKSANA and FUNGSIONAL posts are formations with many holders.
 */
export function isSingleHolderKind(kind: PositionKind): boolean {
  return STRUCTURAL_KINDS.includes(kind);
}

/** A jabatan in the position map. */
export interface Position {
  readonly id: Id;
  readonly code: string;
  readonly name: string;
  readonly kind: PositionKind;
  readonly kelas: KelasJabatan;
  readonly unitId: Id;
  /**
   * The post whose holder supervises this one. Null at the top of the map (the Sekjen's or a
   * Dirjen's post answers to the minister, who is not a position here).
   */
  readonly parentPositionId: Id | null;
}

export interface NewPosition {
  id: Id;
  code: string;
  name: string;
  kind: unknown;
  kelas: unknown;
  unitId: Id;
  parentPositionId: Id | null;
}

export function createPosition(props: NewPosition): Position {
  if (!props.code?.trim()) throw DomainError.validation('code', 'POSITION_CODE_REQUIRED', 'A position needs a code.');
  if (!props.name?.trim()) throw DomainError.validation('name', 'POSITION_NAME_REQUIRED', 'A position needs a name.');
  if (!isPositionKind(props.kind)) {
    throw DomainError.validation('kind', 'POSITION_KIND_UNKNOWN', `Position kind must be one of ${POSITION_KINDS.join(', ')}.`);
  }
  return {
    id: props.id,
    code: props.code.trim(),
    name: props.name.trim(),
    kind: props.kind,
    kelas: parseKelasJabatan(props.kelas),
    unitId: props.unitId,
    parentPositionId: props.parentPositionId,
  };
}

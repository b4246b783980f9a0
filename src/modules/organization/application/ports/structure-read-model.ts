import { Position } from '../../domain/position';
import { UnitRecord } from './unit-repository';

/** Units and positions as the API and other modules read them: the tree, its subtrees and lineages. */
export abstract class StructureReadModel {
  abstract unit(id: string): Promise<UnitRecord | null>;
  /** Ordered by code, after the cursor; one row more than `limit` tells that a next page exists. */
  abstract units(filter: { parentId?: string; after?: string; limit: number }): Promise<UnitRecord[]>;
  /** Whether `unitId` lies in the subtree of any of `scopeUnitIds`. */
  abstract isUnitWithin(unitId: string, scopeUnitIds: string[]): Promise<boolean>;
  /** The unit and every unit below it, as (id, parentId); the given unit comes with parentId null. */
  abstract subtree(unitId: string): Promise<Array<{ id: string; parentId: string | null }>>;
  /** The codes of many units (unknown ids are left out). */
  abstract unitCodes(ids: string[]): Promise<Array<{ id: string; code: string }>>;
  /** The unit's id and its ancestors' ids, nearest first; empty for an unknown unit. */
  abstract unitLineage(unitId: string): Promise<string[]>;
  /** The ceiling set on the unit or, failing that, on its nearest ancestor that has one; null when none has. */
  abstract kelasCeilingOf(unitId: string): Promise<{ kelas: number; setOnUnitId: string } | null>;
  abstract position(id: string): Promise<Position | null>;
  abstract positions(filter: { unitId?: string; after?: string; limit: number }): Promise<Position[]>;
}

import { LocalDate } from '../../../../shared-kernel/local-date';
import { Unit } from '../../domain/unit';

/** A unit as stored: its place in the tree as a materialised path (`/root/…/id/`) and its own office hours. */
export interface UnitRecord extends Unit {
  path: string;
  workScheduleId: string | null;
}

export abstract class UnitRepository {
  abstract byId(id: string): Promise<UnitRecord | null>;
  abstract rootExists(): Promise<boolean>;
  /** The first day anyone held a position of the unit (null: never). */
  abstract firstPlacementDate(unitId: string): Promise<LocalDate | null>;
  /**
   * The first day anyone held a position in the unit's subtree (null: never). `inheritingSchedule`: only the
   * units that take their office hours from this one (none of their own, nor a unit between with its own).
   */
  abstract firstPlacementDateInSubtree(unit: UnitRecord, options: { inheritingSchedule: boolean }): Promise<LocalDate | null>;
  abstract add(unit: UnitRecord): Promise<void>;
  /** Sets (or, with null, clears) the kelas ceiling HR gives the unit admins of this unit's subtree. */
  abstract setKelasCeiling(unitId: string, kelas: number | null): Promise<void>;
  /** `previousPath`: where the unit sat before, so a move carries its whole subtree along. */
  abstract save(unit: UnitRecord, previousPath: string): Promise<void>;
}

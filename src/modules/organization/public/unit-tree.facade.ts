import { Injectable } from '@nestjs/common';
import { LocalDate } from '../../../shared-kernel/local-date';
import { EmployeeReadModel } from '../application/ports/employee-read-model';
import { PlacementReadModel } from '../application/ports/placement-read-model';
import { StructureReadModel } from '../application/ports/structure-read-model';

/** The tree of units and who is placed in a subtree: for scopes, inherited items and roll-ups. */
@Injectable()
export class UnitTreeFacade {
  constructor(
    private readonly structure: StructureReadModel,
    private readonly employees: EmployeeReadModel,
    private readonly placements: PlacementReadModel,
  ) {}

  async unitExists(unitId: string): Promise<boolean> {
    return (await this.structure.unit(unitId)) !== null;
  }

  /** A unit's code and name, as a person recognises it on a title (null: no such unit). */
  async unit(unitId: string): Promise<{ id: string; code: string; name: string } | null> {
    const unit = await this.structure.unit(unitId);
    return unit && { id: unit.id, code: unit.code, name: unit.name };
  }

  /** The codes of many units in one query (unknown ids are left out). */
  async unitCodes(unitIds: string[]): Promise<Map<string, string>> {
    return new Map((await this.structure.unitCodes(unitIds)).map((u) => [u.id, u.code]));
  }

  /** Every unit with its name, parent and satker flag (a register groups pay by satker and unit). */
  async allUnits(): Promise<Array<{ id: string; code: string; name: string; parentId: string | null; isSatker: boolean }>> {
    const units = await this.structure.units({ limit: 1_000_000 });
    return units.map((u) => ({ id: u.id, code: u.code, name: u.name, parentId: u.parentId, isSatker: u.isSatker }));
  }

  /** The unit's id and its ancestors' ids, nearest first (a unit's catalogue items and holidays are inherited). */
  unitLineage(unitId: string): Promise<string[]> {
    return this.structure.unitLineage(unitId);
  }

  /** The unit and its descendants as (id, parentId); the given unit comes with parentId null. Empty if unknown. */
  unitSubtree(unitId: string): Promise<Array<{ id: string; parentId: string | null }>> {
    return this.structure.subtree(unitId);
  }

  /** Employee ids whose definitive unit on `date` lies in the subtree of `unitId`. */
  async employeesInSubtree(unitId: string, date: LocalDate): Promise<string[]> {
    const rows = await this.employees.employees({ date, within: [unitId], limit: 1_000_000 });
    return rows.map((r) => r.id);
  }

  /** Which (employee, date) pairs have the employee in a definitive post of the subtree of `unitId` that day, as `${employeeId}|${date}`. */
  placedInSubtreeOn(unitId: string, pairs: ReadonlyArray<{ employeeId: string; date: LocalDate }>): Promise<Set<string>> {
    return this.placements.placedInSubtreeOn(unitId, pairs);
  }

  /** The units (of `unitIds`) and every unit below them, in one set: a unit admin's scope. */
  async subtreesOf(unitIds: string[]): Promise<Set<string>> {
    const subtrees = await Promise.all(unitIds.map((u) => this.structure.subtree(u)));
    return new Set(subtrees.flat().map((u) => u.id));
  }

  /** Employee ids with a definitive position in the subtree of `unitId` on some day of [from, to]. */
  employeesInSubtreeBetween(unitId: string, from: LocalDate, to: LocalDate): Promise<string[]> {
    return this.placements.employeesInSubtreeBetween(unitId, from, to);
  }
}

import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { UnitRecord, UnitRepository } from '../../application/ports/unit-repository';
import { toUnit } from './rows';

@Injectable()
export class PgUnitRepository extends UnitRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async byId(id: string): Promise<UnitRecord | null> {
    const [row] = await this.uow.query(`SELECT * FROM organization.units WHERE id = $1`, [id]);
    return row ? toUnit(row) : null;
  }

  async rootExists(): Promise<boolean> {
    return (await this.uow.query(`SELECT 1 FROM organization.units WHERE parent_id IS NULL`)).length > 0;
  }

  async firstPlacementDate(unitId: string): Promise<string | null> {
    const [row] = await this.uow.query<{ first: string | null }>(
      `SELECT min(a.start_date) AS first FROM organization.assignments a JOIN organization.positions p ON p.id = a.position_id WHERE p.unit_id = $1`,
      [unitId],
    );
    return row?.first ?? null;
  }

  async firstPlacementDateInSubtree(unit: UnitRecord, { inheritingSchedule }: { inheritingSchedule: boolean }): Promise<string | null> {
    const [row] = await this.uow.query<{ first: string | null }>(
      `SELECT min(a.start_date) AS first
         FROM organization.units u
         JOIN organization.positions p ON p.unit_id = u.id
         JOIN organization.assignments a ON a.position_id = p.id
        WHERE u.path LIKE $1 || '%'
          AND NOT ($2 AND EXISTS (SELECT 1 FROM organization.units own
                                   WHERE own.work_schedule_id IS NOT NULL AND own.id <> $3 AND own.path LIKE $1 || '%' AND u.path LIKE own.path || '%'))`,
      [unit.path, inheritingSchedule, unit.id],
    );
    return row?.first ?? null;
  }

  async setKelasCeiling(unitId: string, kelas: number | null): Promise<void> {
    await this.uow.query(`UPDATE organization.units SET kelas_ceiling = $2 WHERE id = $1`, [unitId, kelas]);
  }

  async add(unit: UnitRecord): Promise<void> {
    await this.uow.query(`INSERT INTO organization.units (id, code, name, type, parent_id, time_zone, is_satker, path, work_schedule_id) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`, [
      unit.id,
      unit.code,
      unit.name,
      unit.type,
      unit.parentId,
      unit.timeZone,
      unit.isSatker,
      unit.path,
      unit.workScheduleId,
    ]);
  }

  async save(unit: UnitRecord, previousPath: string): Promise<void> {
    await this.uow.query(`UPDATE organization.units SET name = $2, parent_id = $3, time_zone = $4, is_satker = $5, work_schedule_id = $6 WHERE id = $1`, [
      unit.id,
      unit.name,
      unit.parentId,
      unit.timeZone,
      unit.isSatker,
      unit.workScheduleId,
    ]);
    if (previousPath !== unit.path) {
      await this.uow.query(`UPDATE organization.units SET path = $2 || substr(path, length($1) + 1) WHERE path LIKE $1 || '%'`, [previousPath, unit.path]);
    }
  }
}

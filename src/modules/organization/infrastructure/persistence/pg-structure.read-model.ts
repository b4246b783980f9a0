import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { StructureReadModel } from '../../application/ports/structure-read-model';
import { UnitRecord } from '../../application/ports/unit-repository';
import { Position } from '../../domain/position';
import { toPosition, toUnit } from './rows';

@Injectable()
export class PgStructureReadModel extends StructureReadModel {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async unit(id: string): Promise<UnitRecord | null> {
    const [row] = await this.uow.query(`SELECT * FROM organization.units WHERE id = $1`, [id]);
    return row ? toUnit(row) : null;
  }

  async units(filter: { parentId?: string; after?: string; limit: number }): Promise<UnitRecord[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.parentId) where.push(`parent_id = $${params.push(filter.parentId)}`);
    if (filter.after) where.push(`code > $${params.push(filter.after)}`);
    const rows = await this.uow.query(
      `SELECT * FROM organization.units ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY code LIMIT $${params.push(filter.limit + 1)}`,
      params,
    );
    return rows.map(toUnit);
  }

  async isUnitWithin(unitId: string, scopeUnitIds: string[]): Promise<boolean> {
    if (scopeUnitIds.length === 0) return false;
    const rows = await this.uow.query(
      `SELECT 1 FROM organization.units u WHERE u.id = $1 AND EXISTS (SELECT 1 FROM unnest($2::uuid[]) s(id) WHERE u.path LIKE '%/' || s.id || '/%')`,
      [unitId, scopeUnitIds],
    );
    return rows.length > 0;
  }

  async subtree(unitId: string): Promise<Array<{ id: string; parentId: string | null }>> {
    const rows = await this.uow.query(`SELECT u.id, u.parent_id FROM organization.units u WHERE u.path LIKE (SELECT path FROM organization.units WHERE id = $1) || '%'`, [unitId]);
    return rows.map((r: any) => ({ id: r.id, parentId: r.id === unitId ? null : r.parent_id }));
  }

  unitCodes(ids: string[]): Promise<Array<{ id: string; code: string }>> {
    return this.uow.query(`SELECT id, code FROM organization.units WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async unitLineage(unitId: string): Promise<string[]> {
    const unit = await this.unit(unitId);
    return unit ? unit.path.split('/').filter(Boolean).reverse() : [];
  }

  async kelasCeilingOf(unitId: string): Promise<{ kelas: number; setOnUnitId: string } | null> {
    const [row] = await this.uow.query(
      `SELECT a.id, a.kelas_ceiling FROM organization.units u JOIN organization.units a ON u.path LIKE a.path || '%'
        WHERE u.id = $1 AND a.kelas_ceiling IS NOT NULL ORDER BY length(a.path) DESC LIMIT 1`,
      [unitId],
    );
    return row ? { kelas: row.kelas_ceiling, setOnUnitId: row.id } : null;
  }

  async position(id: string): Promise<Position | null> {
    const [row] = await this.uow.query(`SELECT * FROM organization.positions WHERE id = $1`, [id]);
    return row ? toPosition(row) : null;
  }

  async positions(filter: { unitId?: string; after?: string; limit: number }): Promise<Position[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.unitId) where.push(`p.unit_id = $${params.push(filter.unitId)}`);
    if (filter.after) where.push(`p.code > $${params.push(filter.after)}`);
    const rows = await this.uow.query(
      `SELECT p.* FROM organization.positions p JOIN organization.units u ON u.id = p.unit_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY p.code LIMIT $${params.push(filter.limit + 1)}`,
      params,
    );
    return rows.map(toPosition);
  }
}

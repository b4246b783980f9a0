import { Injectable } from '@nestjs/common';
import { Id } from '../../../../shared-kernel/ids';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { UnitTargetRepository } from '../../application/ports/unit-target-repository';
import { UnitTarget } from '../../domain/unit-target';
import { toUnitTarget } from './plan-rows';

@Injectable()
export class PgUnitTargetRepository extends UnitTargetRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async add(t: UnitTarget): Promise<void> {
    await this.uow.query(`INSERT INTO planning.unit_targets (id, unit_id, year, kind, code, name, volume, output_unit, budget) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`, [
      t.id,
      t.unitId,
      t.year,
      t.kind,
      t.code,
      t.name,
      t.volume,
      t.outputUnit,
      t.budget?.toString() ?? null,
    ]);
  }

  async target(id: Id): Promise<UnitTarget | null> {
    const [row] = await this.uow.query(`SELECT * FROM planning.unit_targets WHERE id = $1`, [id]);
    return row ? toUnitTarget(row) : null;
  }

  async list(filter: { unitId?: Id; year?: number; after?: string; limit: number }): Promise<UnitTarget[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.unitId) where.push(`unit_id = $${params.push(filter.unitId)}`);
    if (filter.year) where.push(`year = $${params.push(filter.year)}`);
    if (filter.after) where.push(`id > $${params.push(filter.after)}`);
    const rows = await this.uow.query(
      `SELECT * FROM planning.unit_targets ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id LIMIT $${params.push(filter.limit + 1)}`,
      params,
    );
    return rows.map(toUnitTarget);
  }
}

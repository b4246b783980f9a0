import { Injectable } from '@nestjs/common';
import { Id } from '../../../../shared-kernel/ids';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { ActivityCatalog } from '../../application/ports/activity-catalog';
import { ActivityCatalogItem } from '../../domain/activity-catalog-item';
import { toCatalogItem } from './activity-rows';

@Injectable()
export class PgActivityCatalog extends ActivityCatalog {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async add(item: ActivityCatalogItem): Promise<void> {
    await this.uow.query(`INSERT INTO activity.catalog_items (id, code, name, output_unit, minutes_per_unit, unit_id) VALUES ($1,$2,$3,$4,$5,$6)`, [
      item.id,
      item.code,
      item.name,
      item.outputUnit,
      item.minutesPerUnit,
      item.unitId,
    ]);
  }

  async item(id: Id): Promise<ActivityCatalogItem | null> {
    const [row] = await this.uow.query(`SELECT * FROM activity.catalog_items WHERE id = $1`, [id]);
    return row ? toCatalogItem(row) : null;
  }

  async items(unitIds: readonly Id[] | null, filter: { codes?: readonly string[]; after?: string; limit?: number } = {}): Promise<ActivityCatalogItem[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (unitIds !== null) where.push(`(unit_id IS NULL OR unit_id = ANY($${params.push(unitIds)}::uuid[]))`);
    if (filter.codes) where.push(`code = ANY($${params.push(filter.codes)}::text[])`);
    if (filter.after) where.push(`id > $${params.push(filter.after)}`);
    const limit = filter.limit ? `LIMIT $${params.push(filter.limit + 1)}` : '';
    const rows = await this.uow.query(`SELECT * FROM activity.catalog_items ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id ${limit}`, params);
    return rows.map(toCatalogItem);
  }
}

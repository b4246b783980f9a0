import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { PositionRepository } from '../../application/ports/position-repository';
import { Position } from '../../domain/position';
import { toPosition } from './rows';

@Injectable()
export class PgPositionRepository extends PositionRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async byId(id: string): Promise<Position | null> {
    const [row] = await this.uow.query(`SELECT * FROM organization.positions WHERE id = $1`, [id]);
    return row ? toPosition(row) : null;
  }

  async ancestorIds(id: string): Promise<string[]> {
    const rows = await this.uow.query<{ id: string }>(
      `WITH RECURSIVE up(id, parent, depth) AS (
         SELECT id, parent_position_id, 0 FROM organization.positions WHERE id = $1
         UNION ALL
         SELECT p.id, p.parent_position_id, up.depth + 1 FROM organization.positions p JOIN up ON p.id = up.parent WHERE up.depth < 100
       ) SELECT id FROM up WHERE depth > 0 ORDER BY depth`,
      [id],
    );
    return rows.map((r) => r.id);
  }

  async add(p: Position): Promise<void> {
    await this.uow.query(`INSERT INTO organization.positions (id, code, name, kind, kelas, unit_id, parent_position_id) VALUES ($1,$2,$3,$4,$5,$6,$7)`, [
      p.id,
      p.code,
      p.name,
      p.kind,
      p.kelas,
      p.unitId,
      p.parentPositionId,
    ]);
  }

  async save(p: Position): Promise<void> {
    await this.uow.query(`UPDATE organization.positions SET name = $2, kelas = $3, parent_position_id = $4 WHERE id = $1`, [p.id, p.name, p.kelas, p.parentPositionId]);
  }
}

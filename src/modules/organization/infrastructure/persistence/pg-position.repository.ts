import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { PositionRepository } from '../../application/ports/position-repository';
import { KelasJabatan } from '../../domain/kelas-jabatan.value-object';
import { Position } from '../../domain/position';
import { PositionKelas } from '../../domain/position-kelas';
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
    // A new position's kelas holds for every day it can be held, whenever its assignments start.
    await this.uow.query(`INSERT INTO organization.position_kelas (position_id, effective_from, kelas) VALUES ($1, '-infinity', $2)`, [p.id, p.kelas]);
  }

  async save(p: Position): Promise<void> {
    await this.uow.query(`UPDATE organization.positions SET name = $2, parent_position_id = $3 WHERE id = $1`, [p.id, p.name, p.parentPositionId]);
  }

  async lockedKelas(positionId: string): Promise<PositionKelas | null> {
    const [position] = await this.uow.query<{ unit_id: string }>(`SELECT unit_id FROM organization.positions WHERE id = $1 FOR UPDATE`, [positionId]);
    if (!position) return null;
    const rows = await this.uow.query<{ effective_from: string; kelas: number; reason: string | null }>(
      `SELECT CASE WHEN effective_from = '-infinity' THEN NULL ELSE effective_from::text END AS effective_from, kelas, reason
         FROM organization.position_kelas k WHERE position_id = $1 ORDER BY k.effective_from`,
      [positionId],
    );
    return PositionKelas.restore(
      positionId,
      position.unit_id,
      rows.map((r) => ({ effectiveFrom: r.effective_from, kelas: r.kelas as KelasJabatan, reason: r.reason })),
    );
  }

  async saveKelas(kelas: PositionKelas, kelasToday: KelasJabatan): Promise<void> {
    for (const change of kelas.newChanges) {
      await this.uow.query(`INSERT INTO organization.position_kelas (position_id, effective_from, kelas, reason) VALUES ($1, $2, $3, $4)`, [
        kelas.positionId,
        change.effectiveFrom,
        change.kelas,
        change.reason,
      ]);
    }
    await this.uow.query(`UPDATE organization.positions SET kelas = $2 WHERE id = $1`, [kelas.positionId, kelasToday]);
  }
}

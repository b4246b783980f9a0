import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { NamedShift, ShiftRepository } from '../../application/ports/shift-repository';

@Injectable()
export class PgShiftRepository extends ShiftRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async exists(id: string): Promise<boolean> {
    return (await this.uow.query(`SELECT 1 FROM organization.shifts WHERE id = $1`, [id])).length > 0;
  }

  async add(s: NamedShift): Promise<void> {
    await this.uow.query(`INSERT INTO organization.shifts (id, code, name, start_time, end_time, break_minutes) VALUES ($1,$2,$3,$4,$5,$6)`, [
      s.id,
      s.code,
      s.name,
      s.start,
      s.end,
      s.breakMinutes,
    ]);
  }
}

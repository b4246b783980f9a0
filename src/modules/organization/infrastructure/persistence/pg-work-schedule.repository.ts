import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { WorkScheduleRecord, WorkScheduleRepository } from '../../application/ports/work-schedule-repository';

@Injectable()
export class PgWorkScheduleRepository extends WorkScheduleRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async exists(id: string): Promise<boolean> {
    return (await this.uow.query(`SELECT 1 FROM organization.work_schedules WHERE id = $1`, [id])).length > 0;
  }

  async isCodeTaken(code: string): Promise<boolean> {
    return (await this.uow.query(`SELECT 1 FROM organization.work_schedules WHERE code = $1`, [code])).length > 0;
  }

  async add(s: WorkScheduleRecord): Promise<void> {
    await this.uow.query(`INSERT INTO organization.work_schedules (id, code, name, days) VALUES ($1,$2,$3,$4)`, [s.id, s.code, s.name, JSON.stringify(s.days)]);
  }
}

import { Injectable } from '@nestjs/common';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { HolidayRepository } from '../../application/ports/holiday-repository';
import { Holiday } from '../../domain/holiday-calendar';
import { toHoliday } from './rows';

@Injectable()
export class PgHolidayRepository extends HolidayRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async on(date: LocalDate): Promise<Holiday[]> {
    return (await this.uow.query(`SELECT * FROM organization.holidays WHERE date = $1`, [date])).map(toHoliday);
  }

  async add(h: Holiday): Promise<void> {
    await this.uow.query(`INSERT INTO organization.holidays (id, date, name, unit_id, collective_leave) VALUES ($1,$2,$3,$4,$5)`, [
      h.id,
      h.date,
      h.name,
      h.unitId,
      h.collectiveLeave,
    ]);
  }
}

import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { RosterRepository } from '../../application/ports/roster-repository';
import { RosterEntry } from '../../domain/shift';

@Injectable()
export class PgRosterRepository extends RosterRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async put(entries: readonly RosterEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.uow.query(
      `INSERT INTO organization.roster_entries (employee_id, date, shift_id)
       SELECT * FROM unnest($1::uuid[], $2::date[], $3::uuid[])
       ON CONFLICT (employee_id, date) DO UPDATE SET shift_id = EXCLUDED.shift_id`,
      [entries.map((e) => e.employeeId), entries.map((e) => e.date), entries.map((e) => e.shiftId)],
    );
  }
}

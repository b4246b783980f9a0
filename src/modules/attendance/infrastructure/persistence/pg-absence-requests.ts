import { Injectable } from '@nestjs/common';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { AbsenceRequests } from '../../application/ports/absence-requests';
import { AbsenceRequest, AbsenceState } from '../../domain/absence-request';
import { PgLeaveRequestStore } from './pg-leave-request-store';

@Injectable()
export class PgAbsenceRequests extends PgLeaveRequestStore<AbsenceRequest, AbsenceState> implements AbsenceRequests {
  constructor(uow: UnitOfWork) {
    super(uow, {
      table: 'absences',
      columns: [
        ['type', (s) => s.type],
        ['start_date', (s) => s.startDate],
        ['end_date', (s) => s.endDate],
      ],
      firstDay: 'start_date',
      lastDay: 'end_date',
      stateOf: (r) => ({ type: r.type, startDate: r.start_date, endDate: r.end_date }),
      restore: (state) => AbsenceRequest.restore(state),
    });
  }

  async inForce(employeeId: string, from: LocalDate, to: LocalDate): Promise<AbsenceState[]> {
    const rows = await this.uow.query(
      `SELECT * FROM attendance.absences WHERE employee_id = $1 AND status IN ('SUBMITTED','APPROVED') AND start_date <= $3 AND end_date >= $2 ORDER BY start_date`,
      [employeeId, from, to],
    );
    return rows.map((r) => this.toState(r));
  }
}

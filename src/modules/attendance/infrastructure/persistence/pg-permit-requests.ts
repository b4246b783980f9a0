import { Injectable } from '@nestjs/common';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { PermitRequests } from '../../application/ports/permit-requests';
import { PermitRequest, PermitState } from '../../domain/permit-request';
import { PgLeaveRequestStore } from './pg-leave-request-store';

@Injectable()
export class PgPermitRequests extends PgLeaveRequestStore<PermitRequest, PermitState> implements PermitRequests {
  constructor(uow: UnitOfWork) {
    super(uow, {
      table: 'permits',
      columns: [
        ['type', (s) => s.type],
        ['date', (s) => s.date],
        ['time', (s) => s.time],
      ],
      firstDay: 'date',
      lastDay: 'date',
      stateOf: (r) => ({ type: r.type, date: r.date, time: r.time }),
      restore: (state) => PermitRequest.restore(state),
    });
  }

  async onDate(employeeId: string, date: LocalDate): Promise<PermitState[]> {
    return (await this.uow.query(`SELECT * FROM attendance.permits WHERE employee_id = $1 AND date = $2`, [employeeId, date])).map((r: unknown) => this.toState(r));
  }
}

import { LocalDate } from '../../../../shared-kernel/local-date';
import { PermitRequest, PermitState } from '../../domain/permit-request';
import { LeaveRequestStore } from './leave-request-store';

export abstract class PermitRequests extends LeaveRequestStore<PermitRequest, PermitState> {
  /** Every permit of the employee on that date, whatever its status. */
  abstract onDate(employeeId: string, date: LocalDate): Promise<PermitState[]>;
}

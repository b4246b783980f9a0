import { LocalDate } from '../../../../shared-kernel/local-date';
import { AbsenceRequest, AbsenceState } from '../../domain/absence-request';
import { LeaveRequestStore } from './leave-request-store';

export abstract class AbsenceRequests extends LeaveRequestStore<AbsenceRequest, AbsenceState> {
  /** The absences still in force (submitted or approved) of an employee that touch [from, to]. */
  abstract inForce(employeeId: string, from: LocalDate, to: LocalDate): Promise<AbsenceState[]>;
}

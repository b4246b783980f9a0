import { LocalDate } from '../../../../shared-kernel/local-date';
import { RequestStatus } from '../../domain/leave-request';

export interface RequestFilter {
  employeeIds?: string[];
  status?: RequestStatus;
  from?: LocalDate;
  to?: LocalDate;
  afterId?: string;
  /** Only requests sharing a day with one of these stretches (`to` null: open-ended): what a supervisor may read. */
  within?: ReadonlyArray<{ from: LocalDate; to: LocalDate | null }>;
  limit: number;
}

/** Where absences and permits are kept: the calls their file and decide handlers share. */
export abstract class LeaveRequestStore<R, S> {
  /** Serialises the requests of one employee, so two concurrent CT requests cannot both spend the last days. */
  abstract lockEmployee(employeeId: string): Promise<void>;
  abstract get(id: string, options?: { forUpdate: boolean }): Promise<R | null>;
  abstract add(request: R): Promise<void>;
  /** Stores the decision of a request already kept. */
  abstract saveDecision(request: R): Promise<void>;
  abstract list(filter: RequestFilter): Promise<S[]>;
  /** Approved requests of the employees touching [from, to]: what classification counts. */
  abstract approved(employeeIds: string[], from: LocalDate, to: LocalDate): Promise<S[]>;
}

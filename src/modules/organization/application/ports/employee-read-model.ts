import { LocalDate } from '../../../../shared-kernel/local-date';
import { EmployeeRecord } from '../../domain/employee';
import { StatusHistory } from '../../domain/employee-status';

export interface EmployeeListFilter {
  date: LocalDate;
  /** Only those whose definitive position on `date` lies in these unit subtrees… */
  within?: string[];
  /** …plus those never placed anywhere (a unit admin places new hires). */
  includeUnplaced?: boolean;
  onlyIds?: string[];
  unitId?: string;
  nip?: string;
  after?: string;
  limit: number;
}

export interface EmployeeProfileRow extends EmployeeRecord {
  positionId: string | null;
  positionName: string | null;
  unitId: string | null;
  unitCode: string | null;
  unitName: string | null;
}

export abstract class EmployeeReadModel {
  abstract employee(id: string): Promise<EmployeeRecord | null>;
  /** Ordered by NIP, after the cursor; one row more than `limit` tells that a next page exists. */
  abstract employees(filter: EmployeeListFilter): Promise<Array<EmployeeRecord & { unitId: string | null; positionId: string | null }>>;
  abstract statusHistory(employeeId: string): Promise<StatusHistory>;
  /**
   * Many employees by NIP in one query, each with the zone of their latest definitive unit (null when never
   * placed), so bulk writers can tell which local month an instant falls in.
   */
  abstract byNips(nips: string[]): Promise<Array<{ id: string; nip: string; name: string; timeZone: string | null }>>;
  /** NIP and name of many employees, ordered by NIP. */
  abstract names(ids: string[]): Promise<Array<{ id: string; nip: string; name: string }>>;
  /** Name, NIP and definitive position and unit of many employees on `date`, for documents and sheets. */
  abstract profilesOn(employeeIds: string[], date: LocalDate): Promise<EmployeeProfileRow[]>;
}

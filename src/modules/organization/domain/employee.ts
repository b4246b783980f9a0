import { DomainError } from '../../../shared-kernel/domain-error';
import { AggregateRoot, DomainEvent } from '../../../shared-kernel/domain-event';
import { Id } from '../../../shared-kernel/ids';
import { LocalDate } from '../../../shared-kernel/local-date';
import { addStatusChange, EmployeeStatus, startStatusHistory, StatusChange, StatusHistory } from './employee-status';
import { Nip, Sex } from './nip.value-object';

export interface EmployeeRecord {
  readonly id: Id;
  readonly nip: string;
  readonly name: string;
  readonly birthDate: LocalDate;
  readonly sex: Sex;
}

export interface EmployeeCreated extends DomainEvent {
  readonly type: 'EmployeeCreated';
  readonly employee: EmployeeRecord;
  readonly status: EmployeeStatus;
  readonly statusSince: LocalDate;
}

export interface EmployeeStatusChanged extends DomainEvent {
  readonly type: 'EmployeeStatusChanged';
  readonly employeeId: Id;
  readonly status: EmployeeStatus;
  readonly effectiveDate: LocalDate;
}

export type EmployeeEvent = EmployeeCreated | EmployeeStatusChanged;

/** A civil servant: who they are (from the NIP) and their status history, which only ever grows. */
export class Employee extends AggregateRoot<EmployeeEvent> {
  private readonly unsaved: StatusChange[] = [];

  private constructor(
    readonly details: EmployeeRecord,
    private history: StatusHistory,
    /** Not stored yet: saving inserts the employee and not only new status changes. */
    readonly isNew: boolean,
  ) {
    super();
  }

  /** Birth date and sex come from the NIP, so the decree and the number cannot disagree. */
  static register(props: { id: Id; nip: Nip; name: string; status: unknown; statusSince: unknown }): Employee {
    const history = startStatusHistory(props.status, props.statusSince);
    if (!props.name?.trim()) throw DomainError.validation('name', 'EMPLOYEE_NAME_REQUIRED', 'name is required: the employee’s full name as on the decree.');
    const record: EmployeeRecord = { id: props.id, nip: props.nip.value, name: props.name.trim(), birthDate: props.nip.birthDate, sex: props.nip.sex };
    const employee = new Employee(record, history, true);
    employee.unsaved.push(history[0]);
    employee.record({ type: 'EmployeeCreated', employee: record, status: history[0].status, statusSince: history[0].effectiveDate });
    return employee;
  }

  static restore(record: EmployeeRecord, history: StatusHistory): Employee {
    return new Employee(record, history, false);
  }

  get id(): Id {
    return this.details.id;
  }

  get statusHistory(): StatusHistory {
    return this.history;
  }

  /** Status changes made since the employee was loaded or registered, for the repository to insert. */
  get unsavedStatusChanges(): readonly StatusChange[] {
    return this.unsaved;
  }

  changeStatus(status: unknown, effectiveDate: unknown): StatusChange {
    this.history = addStatusChange(this.history, status, effectiveDate);
    const change = this.history.find((c) => c.effectiveDate === effectiveDate)!;
    this.unsaved.push(change);
    this.record({ type: 'EmployeeStatusChanged', employeeId: this.id, status: change.status, effectiveDate: change.effectiveDate });
    return change;
  }
}

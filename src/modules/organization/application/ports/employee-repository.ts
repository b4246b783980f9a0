import { Employee } from '../../domain/employee';

export abstract class EmployeeRepository {
  abstract isNipTaken(nip: string): Promise<boolean>;
  /** The employee with their status history, locked until the transaction ends so concurrent changes queue up. */
  abstract lockedById(id: string): Promise<Employee | null>;
  /** Inserts a new employee, or the status changes recorded since it was loaded. */
  abstract save(employee: Employee): Promise<void>;
}

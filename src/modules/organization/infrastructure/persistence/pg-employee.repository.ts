import { Injectable } from '@nestjs/common';
import { newId } from '../../../../shared-kernel/ids';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { EmployeeRepository } from '../../application/ports/employee-repository';
import { Employee } from '../../domain/employee';
import { EmployeeStatus } from '../../domain/employee-status';
import { toEmployee } from './rows';

@Injectable()
export class PgEmployeeRepository extends EmployeeRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async isNipTaken(nip: string): Promise<boolean> {
    return (await this.uow.query(`SELECT 1 FROM organization.employees WHERE nip = $1`, [nip])).length > 0;
  }

  async lockedById(id: string): Promise<Employee | null> {
    const [row] = await this.uow.query(`SELECT * FROM organization.employees WHERE id = $1 FOR UPDATE`, [id]);
    if (!row) return null;
    const history = await this.uow.query<{ status: EmployeeStatus; effective_date: string }>(
      `SELECT status, effective_date FROM organization.employee_statuses WHERE employee_id = $1 ORDER BY effective_date`,
      [id],
    );
    return Employee.restore(
      toEmployee(row),
      history.map((r) => ({ status: r.status, effectiveDate: r.effective_date })),
    );
  }

  async save(employee: Employee): Promise<void> {
    const e = employee.details;
    if (employee.isNew) {
      await this.uow.query(`INSERT INTO organization.employees (id, nip, name, birth_date, sex) VALUES ($1,$2,$3,$4,$5)`, [e.id, e.nip, e.name, e.birthDate, e.sex]);
    }
    const changes = employee.unsavedStatusChanges;
    if (changes.length === 0) return;
    await this.uow.query(
      `INSERT INTO organization.employee_statuses (id, employee_id, status, effective_date)
       SELECT id, $2, status, effective_date FROM unnest($1::uuid[], $3::text[], $4::date[]) AS t(id, status, effective_date)`,
      [changes.map(() => newId()), e.id, changes.map((c) => c.status), changes.map((c) => c.effectiveDate)],
    );
  }
}

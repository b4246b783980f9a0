import { Injectable } from '@nestjs/common';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { EmployeeListFilter, EmployeeProfileRow, EmployeeReadModel } from '../../application/ports/employee-read-model';
import { EmployeeRecord } from '../../domain/employee';
import { EmployeeStatus, StatusHistory } from '../../domain/employee-status';
import { toEmployee } from './rows';

@Injectable()
export class PgEmployeeReadModel extends EmployeeReadModel {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async employee(id: string): Promise<EmployeeRecord | null> {
    const [row] = await this.uow.query(`SELECT * FROM organization.employees WHERE id = $1`, [id]);
    return row ? toEmployee(row) : null;
  }

  async employees(filter: EmployeeListFilter): Promise<Array<EmployeeRecord & { unitId: string | null; positionId: string | null }>> {
    const params: unknown[] = [filter.date];
    const where: string[] = [];
    if (filter.within) {
      const scoped = filter.within.map((id) => `u.path LIKE '%/' || $${params.push(id)} || '/%'`).join(' OR ') || 'false';
      where.push(filter.includeUnplaced ? `((${scoped}) OR NOT EXISTS (SELECT 1 FROM organization.assignments x WHERE x.employee_id = e.id))` : `(${scoped})`);
    }
    if (filter.onlyIds) where.push(`e.id = ANY($${params.push(filter.onlyIds)}::uuid[])`);
    if (filter.unitId) where.push(`p.unit_id = $${params.push(filter.unitId)}`);
    if (filter.nip) where.push(`e.nip = $${params.push(filter.nip)}`);
    if (filter.after) where.push(`e.nip > $${params.push(filter.after)}`);
    const rows = await this.uow.query(
      `SELECT e.*, p.unit_id, a.position_id FROM organization.employees e
         LEFT JOIN organization.assignments a ON a.employee_id = e.id AND a.type = 'DEFINITIVE'
              AND a.start_date <= $1 AND (a.end_date IS NULL OR a.end_date >= $1)
         LEFT JOIN organization.positions p ON p.id = a.position_id
         LEFT JOIN organization.units u ON u.id = p.unit_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.nip LIMIT $${params.push(filter.limit + 1)}`,
      params,
    );
    return rows.map((r: any) => ({ ...toEmployee(r), unitId: r.unit_id, positionId: r.position_id }));
  }

  async statusHistory(employeeId: string): Promise<StatusHistory> {
    const rows = await this.uow.query<{ status: EmployeeStatus; effective_date: string }>(
      `SELECT status, effective_date FROM organization.employee_statuses WHERE employee_id = $1 ORDER BY effective_date`,
      [employeeId],
    );
    return rows.map((r) => ({ status: r.status, effectiveDate: r.effective_date }));
  }

  async byNips(nips: string[]): Promise<Array<{ id: string; nip: string; name: string; timeZone: string | null }>> {
    return this.uow.query(
      `SELECT e.id, e.nip, e.name, z.time_zone AS "timeZone"
         FROM organization.employees e
         LEFT JOIN LATERAL (
           SELECT u.time_zone FROM organization.assignments a
             JOIN organization.positions p ON p.id = a.position_id
             JOIN organization.units u ON u.id = p.unit_id
            WHERE a.employee_id = e.id AND a.type = 'DEFINITIVE'
            ORDER BY a.start_date DESC LIMIT 1
         ) z ON true
        WHERE e.nip = ANY($1::text[])`,
      [nips],
    );
  }

  async names(ids: string[]): Promise<Array<{ id: string; nip: string; name: string }>> {
    return this.uow.query(`SELECT id, nip, name FROM organization.employees WHERE id = ANY($1::uuid[]) ORDER BY nip`, [ids]);
  }

  async profilesOn(employeeIds: string[], date: LocalDate): Promise<EmployeeProfileRow[]> {
    const rows = await this.uow.query(
      `SELECT e.*, p.id AS position_id, p.name AS position_name, u.id AS unit_id, u.code AS unit_code, u.name AS unit_name
         FROM organization.employees e
         LEFT JOIN organization.assignments a ON a.employee_id = e.id AND a.type = 'DEFINITIVE'
              AND a.start_date <= $2 AND (a.end_date IS NULL OR a.end_date >= $2)
         LEFT JOIN organization.positions p ON p.id = a.position_id
         LEFT JOIN organization.units u ON u.id = p.unit_id
        WHERE e.id = ANY($1::uuid[])`,
      [employeeIds, date],
    );
    return rows.map((r: any) => ({
      ...toEmployee(r),
      positionId: r.position_id,
      positionName: r.position_name,
      unitId: r.unit_id,
      unitCode: r.unit_code,
      unitName: r.unit_name,
    }));
  }
}

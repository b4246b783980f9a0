import { Injectable } from '@nestjs/common';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { PlacementReadModel } from '../../application/ports/placement-read-model';
import { Assignment, AssignmentType } from '../../domain/assignment';
import { toAssignment } from './rows';

@Injectable()
export class PgPlacementReadModel extends PlacementReadModel {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async assignment(id: string): Promise<Assignment | null> {
    const [row] = await this.uow.query(`SELECT * FROM organization.assignments WHERE id = $1`, [id]);
    return row ? toAssignment(row) : null;
  }

  async assignmentsOf(employeeId: string): Promise<Assignment[]> {
    const rows = await this.uow.query(`SELECT * FROM organization.assignments WHERE employee_id = $1 ORDER BY start_date, id`, [employeeId]);
    return rows.map(toAssignment);
  }

  async hasAnyAssignment(employeeId: string): Promise<boolean> {
    return (await this.uow.query(`SELECT 1 FROM organization.assignments WHERE employee_id = $1 LIMIT 1`, [employeeId])).length > 0;
  }

  async unitOfEmployee(employeeId: string, date: LocalDate): Promise<{ unitId: string; timeZone: string } | null> {
    const [row] = await this.uow.query(
      `SELECT u.id, u.time_zone FROM organization.assignments a
         JOIN organization.positions p ON p.id = a.position_id
         JOIN organization.units u ON u.id = p.unit_id
        WHERE a.employee_id = $1 AND a.type = 'DEFINITIVE' AND a.start_date <= $2
        ORDER BY a.start_date DESC LIMIT 1`,
      [employeeId, date],
    );
    return row ? { unitId: row.id, timeZone: row.time_zone } : null;
  }

  async unitsOfEmployeeBetween(employeeId: string, from: LocalDate, to: LocalDate): Promise<{ unitIds: string[]; placedOnFrom: boolean }> {
    // The definitive assignment in force on `from` (the latest begun by then) and every one begun after it within the span.
    const rows = await this.uow.query(
      `SELECT DISTINCT p.unit_id, a.start_date <= $2 AS on_from FROM organization.assignments a
         JOIN organization.positions p ON p.id = a.position_id
        WHERE a.employee_id = $1 AND a.type = 'DEFINITIVE' AND a.start_date <= $3
          AND (a.start_date > $2 OR a.start_date = (SELECT max(start_date) FROM organization.assignments
                                                     WHERE employee_id = $1 AND type = 'DEFINITIVE' AND start_date <= $2))`,
      [employeeId, from, to],
    );
    return { unitIds: [...new Set(rows.map((r: { unit_id: string }) => r.unit_id))], placedOnFrom: rows.some((r: { on_from: boolean }) => r.on_from) };
  }

  async placementOn(employeeId: string, date: LocalDate): Promise<{ unitId: string; positionId: string; isUnitHead: boolean } | null> {
    const [row] = await this.uow.query(
      `SELECT p.id, p.unit_id, (pp.id IS NULL OR pp.unit_id <> p.unit_id) AS is_head
         FROM organization.assignments a
         JOIN organization.positions p ON p.id = a.position_id
         LEFT JOIN organization.positions pp ON pp.id = p.parent_position_id
        WHERE a.employee_id = $1 AND a.type = 'DEFINITIVE' AND a.start_date <= $2 AND (a.end_date IS NULL OR a.end_date >= $2)`,
      [employeeId, date],
    );
    return row ? { unitId: row.unit_id, positionId: row.id, isUnitHead: row.is_head } : null;
  }

  async headedUnitsOn(employeeId: string, date: LocalDate): Promise<string[]> {
    const rows = await this.uow.query(
      `SELECT DISTINCT p.unit_id FROM organization.assignments a
         JOIN organization.positions p ON p.id = a.position_id
         LEFT JOIN organization.positions pp ON pp.id = p.parent_position_id
        WHERE a.employee_id = $1 AND a.start_date <= $2 AND (a.end_date IS NULL OR a.end_date >= $2)
          AND (pp.id IS NULL OR pp.unit_id <> p.unit_id)`,
      [employeeId, date],
    );
    return rows.map((r: any) => r.unit_id as string);
  }

  async unitsHeadedOn(employeeIds: string[], date: LocalDate): Promise<Array<{ employeeId: string; unitId: string; type: AssignmentType }>> {
    const rows = await this.uow.query(
      `SELECT a.employee_id, p.unit_id, a.type FROM organization.assignments a
         JOIN organization.positions p ON p.id = a.position_id
         LEFT JOIN organization.positions parent ON parent.id = p.parent_position_id
        WHERE a.employee_id = ANY($1::uuid[]) AND a.type IN ('DEFINITIVE', 'PLT')
          AND a.start_date <= $2 AND (a.end_date IS NULL OR a.end_date >= $2)
          AND (parent.id IS NULL OR parent.unit_id <> p.unit_id)
        ORDER BY a.employee_id, a.type, p.unit_id`,
      [employeeIds, date],
    );
    return rows.map((r: any) => ({ employeeId: r.employee_id, unitId: r.unit_id, type: r.type as AssignmentType }));
  }

  async placedInSubtreeOn(unitId: string, pairs: ReadonlyArray<{ employeeId: string; date: LocalDate }>): Promise<Set<string>> {
    if (pairs.length === 0) return new Set();
    const rows = await this.uow.query(
      `SELECT DISTINCT x.employee_id, x.day::text AS day FROM unnest($2::uuid[], $3::date[]) AS x(employee_id, day)
        WHERE EXISTS (SELECT 1 FROM organization.assignments a
                        JOIN organization.positions p ON p.id = a.position_id
                        JOIN organization.units u ON u.id = p.unit_id
                       WHERE a.employee_id = x.employee_id AND a.type = 'DEFINITIVE'
                         AND a.start_date <= x.day AND (a.end_date IS NULL OR a.end_date >= x.day)
                         AND u.path LIKE '%/' || $1 || '/%')`,
      [unitId, pairs.map((p) => p.employeeId), pairs.map((p) => p.date)],
    );
    return new Set(rows.map((r: { employee_id: string; day: string }) => `${r.employee_id}|${r.day}`));
  }

  async employeesInSubtreeBetween(unitId: string, from: LocalDate, to: LocalDate): Promise<string[]> {
    const rows = await this.uow.query(
      `SELECT DISTINCT a.employee_id FROM organization.assignments a
         JOIN organization.positions p ON p.id = a.position_id
         JOIN organization.units u ON u.id = p.unit_id
        WHERE a.type = 'DEFINITIVE' AND a.start_date <= $3 AND (a.end_date IS NULL OR a.end_date >= $2)
          AND u.path LIKE '%/' || $1 || '/%'`,
      [unitId, from, to],
    );
    return rows.map((r: any) => r.employee_id as string);
  }

  async employeesPlacedBetween(from: LocalDate, to: LocalDate): Promise<string[]> {
    const rows = await this.uow.query(
      `SELECT DISTINCT employee_id FROM organization.assignments
        WHERE type = 'DEFINITIVE' AND start_date <= $2 AND (end_date IS NULL OR end_date >= $1) ORDER BY employee_id`,
      [from, to],
    );
    return rows.map((r: { employee_id: string }) => r.employee_id);
  }
}

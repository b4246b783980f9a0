import { Injectable } from '@nestjs/common';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { PositionLink, SupervisionReadModel } from '../../application/ports/supervision-read-model';
import { Assignment } from '../../domain/assignment';
import { toAssignment } from './rows';

const toLink = (r: any): PositionLink => ({ id: r.id, parentPositionId: r.parent });

@Injectable()
export class PgSupervisionReadModel extends SupervisionReadModel {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async positionsAbove(positionIds: string[]): Promise<PositionLink[]> {
    const rows = await this.uow.query(
      `WITH RECURSIVE up(id, parent) AS (
         SELECT id, parent_position_id FROM organization.positions WHERE id = ANY($1::uuid[])
         UNION
         SELECT p.id, p.parent_position_id FROM organization.positions p JOIN up ON p.id = up.parent
       ) SELECT id, parent FROM up`,
      [positionIds],
    );
    return rows.map(toLink);
  }

  async positionsBelow(positionIds: string[]): Promise<PositionLink[]> {
    const rows = await this.uow.query(
      `WITH RECURSIVE down(id, parent) AS (
         SELECT id, parent_position_id FROM organization.positions WHERE parent_position_id = ANY($1::uuid[])
         UNION
         SELECT p.id, p.parent_position_id FROM organization.positions p JOIN down ON p.parent_position_id = down.id
       ) SELECT id, parent FROM down`,
      [positionIds],
    );
    return rows.map(toLink);
  }

  async positionsHeldOn(employeeId: string, date: LocalDate): Promise<string[]> {
    const rows = await this.uow.query(`SELECT position_id FROM organization.assignments WHERE employee_id = $1 AND start_date <= $2 AND (end_date IS NULL OR end_date >= $2)`, [
      employeeId,
      date,
    ]);
    return rows.map((r: any) => r.position_id as string);
  }

  async assignmentsOn(positionIds: string[], date: LocalDate): Promise<Assignment[]> {
    const rows = await this.uow.query(`SELECT * FROM organization.assignments WHERE position_id = ANY($1::uuid[]) AND start_date <= $2 AND (end_date IS NULL OR end_date >= $2)`, [
      positionIds,
      date,
    ]);
    return rows.map(toAssignment);
  }

  async assignmentsBetween(positionIds: string[], from: LocalDate, to: LocalDate): Promise<Assignment[]> {
    const rows = await this.uow.query(`SELECT * FROM organization.assignments WHERE position_id = ANY($1::uuid[]) AND start_date <= $3 AND (end_date IS NULL OR end_date >= $2)`, [
      positionIds,
      from,
      to,
    ]);
    return rows.map(toAssignment);
  }

  async assignmentsOfPositions(positionIds: string[]): Promise<Assignment[]> {
    const rows = await this.uow.query(`SELECT * FROM organization.assignments WHERE position_id = ANY($1::uuid[]) ORDER BY start_date, id`, [positionIds]);
    return rows.map(toAssignment);
  }

  async definitiveAssignmentsOn(employeeIds: string[], date: LocalDate): Promise<Assignment[]> {
    const rows = await this.uow.query(
      `SELECT * FROM organization.assignments WHERE employee_id = ANY($1::uuid[]) AND type = 'DEFINITIVE' AND start_date <= $2 AND (end_date IS NULL OR end_date >= $2)`,
      [employeeIds, date],
    );
    return rows.map(toAssignment);
  }

  async definitiveAssignmentsBetween(employeeIds: string[], from: LocalDate, to: LocalDate): Promise<Assignment[]> {
    const rows = await this.uow.query(
      `SELECT * FROM organization.assignments WHERE employee_id = ANY($1::uuid[]) AND type = 'DEFINITIVE' AND start_date <= $3 AND (end_date IS NULL OR end_date >= $2)`,
      [employeeIds, from, to],
    );
    return rows.map(toAssignment);
  }

  async definitiveAssignmentsBelow(supervisorId: string): Promise<Assignment[]> {
    const rows = await this.uow.query(
      `WITH RECURSIVE down(id) AS (
         SELECT p.id FROM organization.positions p
          WHERE p.parent_position_id IN (SELECT position_id FROM organization.assignments WHERE employee_id = $1)
         UNION
         SELECT p.id FROM organization.positions p JOIN down ON p.parent_position_id = down.id
       ), candidates AS (
         SELECT DISTINCT a.employee_id FROM organization.assignments a JOIN down ON down.id = a.position_id
          WHERE a.type = 'DEFINITIVE' AND a.employee_id <> $1
       )
       SELECT a.id, a.employee_id, a.position_id, a.type, a.start_date, a.end_date
         FROM organization.assignments a JOIN candidates c ON c.employee_id = a.employee_id
        WHERE a.type = 'DEFINITIVE'
        ORDER BY a.employee_id, a.start_date, a.id`,
      [supervisorId],
    );
    return rows.map(toAssignment);
  }
}

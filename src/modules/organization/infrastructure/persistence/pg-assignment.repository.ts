import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { AssignmentRepository } from '../../application/ports/assignment-repository';
import { Assignment } from '../../domain/assignment';
import { PositionAssignment } from '../../domain/position-assignment';
import { toAssignment } from './rows';

@Injectable()
export class PgAssignmentRepository extends AssignmentRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async lockHoldersOf(employeeId: string, positionId: string): Promise<void> {
    await this.uow.query(`SELECT 1 FROM organization.employees WHERE id = $1 FOR UPDATE`, [employeeId]);
    await this.uow.query(`SELECT 1 FROM organization.positions WHERE id = $1 FOR UPDATE`, [positionId]);
  }

  async byId(id: string): Promise<Assignment | null> {
    const [row] = await this.uow.query(`SELECT * FROM organization.assignments WHERE id = $1`, [id]);
    return row ? toAssignment(row) : null;
  }

  async ofEmployee(employeeId: string): Promise<Assignment[]> {
    const rows = await this.uow.query(`SELECT * FROM organization.assignments WHERE employee_id = $1 ORDER BY start_date, id`, [employeeId]);
    return rows.map(toAssignment);
  }

  async ofPosition(positionId: string): Promise<Assignment[]> {
    const rows = await this.uow.query(`SELECT * FROM organization.assignments WHERE position_id = $1 ORDER BY start_date, id`, [positionId]);
    return rows.map(toAssignment);
  }

  async save(held: PositionAssignment): Promise<void> {
    const a = held.assignment;
    if (held.isNew) {
      await this.uow.query(`INSERT INTO organization.assignments (id, employee_id, position_id, type, start_date, end_date) VALUES ($1,$2,$3,$4,$5,$6)`, [
        a.id,
        a.employeeId,
        a.positionId,
        a.type,
        a.startDate,
        a.endDate,
      ]);
    } else {
      await this.uow.query(`UPDATE organization.assignments SET end_date = $2 WHERE id = $1`, [a.id, a.endDate]);
    }
  }
}

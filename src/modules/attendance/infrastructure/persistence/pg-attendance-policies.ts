import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { AttendancePolicies } from '../../application/ports/attendance-policies';
import { PolicyVersion } from '../../domain/policy-timeline';

@Injectable()
export class PgAttendancePolicies extends AttendancePolicies {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async versions(): Promise<PolicyVersion[]> {
    const rows = await this.uow.query(`SELECT id, effective_from, parameters, created_at FROM attendance.policies ORDER BY effective_from`);
    return rows.map((r) => ({ id: r.id, effectiveFrom: r.effective_from, parameters: r.parameters, createdAt: r.created_at }));
  }

  async add(v: PolicyVersion): Promise<void> {
    await this.uow.query(`INSERT INTO attendance.policies (id, effective_from, parameters, created_at) VALUES ($1, $2, $3, $4)`, [
      v.id,
      v.effectiveFrom,
      JSON.stringify(v.parameters),
      v.createdAt,
    ]);
  }
}

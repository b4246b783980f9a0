import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { DisciplineAlerts, StoredDisciplineAlert } from '../../application/ports/discipline-alerts';
import { DisciplineAlert } from '../../domain/discipline-alert';

@Injectable()
export class PgDisciplineAlerts extends DisciplineAlerts {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async addNew(alerts: DisciplineAlert[]): Promise<Set<string>> {
    if (alerts.length === 0) return new Set();
    const states = alerts.map((a) => a.state);
    const rows = await this.uow.query(
      `INSERT INTO attendance.discipline_alerts (id, employee_id, unit_id, year, tk_days, severity, sanction)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::smallint[], $5::smallint[], $6::text[], $7::text[])
       ON CONFLICT (employee_id, year, tk_days) DO NOTHING RETURNING id`,
      [
        states.map((a) => a.id),
        states.map((a) => a.employeeId),
        states.map((a) => a.unitId),
        states.map((a) => a.year),
        states.map((a) => a.tkDays),
        states.map((a) => a.severity),
        states.map((a) => a.sanction),
      ],
    );
    return new Set(rows.map((r) => r.id));
  }

  async highestAlerted(employeeIds: string[], year: number): Promise<Map<string, number>> {
    const rows = await this.uow.query(
      `SELECT employee_id, max(tk_days) AS tk FROM attendance.discipline_alerts WHERE employee_id = ANY($1::uuid[]) AND year = $2 GROUP BY employee_id`,
      [employeeIds, year],
    );
    return new Map(rows.map((r) => [r.employee_id, Number(r.tk)]));
  }

  async list(f: { year?: number; employeeIds?: string[] | null; afterId?: string; limit: number }): Promise<StoredDisciplineAlert[]> {
    const rows = await this.uow.query(
      `SELECT * FROM attendance.discipline_alerts
        WHERE ($1::smallint IS NULL OR year = $1) AND ($2::uuid[] IS NULL OR employee_id = ANY($2::uuid[])) AND ($3::uuid IS NULL OR id > $3)
        ORDER BY id LIMIT $4`,
      [f.year ?? null, f.employeeIds ?? null, f.afterId ?? null, f.limit],
    );
    return rows.map((r) => ({
      id: r.id,
      employeeId: r.employee_id,
      unitId: r.unit_id,
      year: r.year,
      tkDays: r.tk_days,
      severity: r.severity,
      sanction: r.sanction,
      detectedAt: r.detected_at,
    }));
  }
}

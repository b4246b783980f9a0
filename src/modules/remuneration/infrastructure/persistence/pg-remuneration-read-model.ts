import { rupiahJson } from '../../../../shared-kernel/money';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { YearMonth } from '../../../../shared-kernel/year-month';
import { PeriodView, RemunerationReadModel } from '../../application/ports/remuneration-read-model';
import { RegisterEntry } from '../../domain/allowance-register';
import { StatementDocument } from '../../domain/employee-statement';
import { AllowanceTableView } from '../../domain/enacted-allowance-table';
import { RemunerationPolicyView } from '../../domain/enacted-remuneration-policy';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { SanctionView } from '../../domain/imposed-sanction';
import { PeriodStatus } from '../../domain/period';
import { STATEMENT_COLUMNS, StatementRow, toDocument } from './statement-rows';

const SANCTION_COLUMNS = `id, employee_id AS "employeeId", trim_scale(percent)::text AS percent, start_month AS "startMonth", months, end_month AS "endMonth", reason, decree_number AS "decreeNumber"`;

@Injectable()
export class PgRemunerationReadModel extends RemunerationReadModel {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async period(month: YearMonth): Promise<PeriodView | null> {
    const [row] = await this.uow.query<{ status: PeriodStatus; closed_at: Date | null; statement_count: number; stale_count: number }>(
      `SELECT status, closed_at, statement_count,
              (SELECT count(DISTINCT employee_id)::int FROM remuneration.statements s WHERE s.month = p.month AND s.stale) AS stale_count
         FROM remuneration.periods p WHERE month = $1`,
      [month],
    );
    return row ? { month, status: row.status, closedAt: row.closed_at?.toISOString() ?? null, statementCount: row.statement_count, staleCount: row.stale_count } : null;
  }

  async statementVersions(employeeId: string, month: YearMonth): Promise<StatementDocument[]> {
    const rows = await this.uow.query<StatementRow>(`SELECT ${STATEMENT_COLUMNS} FROM remuneration.statements WHERE employee_id = $1 AND month = $2 ORDER BY version`, [
      employeeId,
      month,
    ]);
    return rows.map(toDocument);
  }

  async latestStatements(month: YearMonth, unitIds: string[] | null, afterEmployeeId: string | null, limit: number): Promise<StatementDocument[]> {
    const rows = await this.uow.query<StatementRow>(
      `SELECT DISTINCT ON (employee_id) ${STATEMENT_COLUMNS} FROM remuneration.statements
        WHERE month = $1 AND ($2::uuid[] IS NULL OR unit_id = ANY($2::uuid[])) AND ($3::uuid IS NULL OR employee_id > $3::uuid)
        ORDER BY employee_id, version DESC
        LIMIT $4`,
      [month, unitIds, afterEmployeeId, limit],
    );
    return rows.map(toDocument);
  }

  async registerEntries(month: YearMonth, unitIds: string[] | null): Promise<RegisterEntry[]> {
    // Only the columns the register shows: a month of 100,000 statements without their inputs documents.
    const rows = await this.uow.query<{
      nip: string;
      name: string;
      unit_id: string | null;
      unit_code: string | null;
      kelas: number | null;
      status: string | null;
      gross: string;
      net: string;
      version: number;
      lines: Array<{ code: string; amount: number }>;
      flags: string[];
    }>(
      `SELECT DISTINCT ON (s.employee_id) s.nip, s.employee_name AS name, s.unit_id, s.unit_code, s.gross, s.net, s.version, s.lines, s.flags,
              (last_day.d->>'kelas')::int AS kelas, last_day.d->>'status' AS status
         FROM remuneration.statements s
         LEFT JOIN LATERAL (
           SELECT d FROM jsonb_array_elements(s.inputs->'days') WITH ORDINALITY AS x(d, i)
            WHERE d->>'kelas' IS NOT NULL ORDER BY i DESC LIMIT 1) last_day ON true
        WHERE s.month = $1 AND ($2::uuid[] IS NULL OR s.unit_id = ANY($2::uuid[]))
        ORDER BY s.employee_id, s.version DESC`,
      [month, unitIds],
    );
    return rows.map((r) => ({
      nip: r.nip,
      name: r.name,
      unitId: r.unit_id,
      unitCode: r.unit_code,
      kelas: r.kelas,
      status: r.status,
      gross: rupiahJson(r.gross),
      lines: { SANCTION: 0, ATTENDANCE: 0, LEAVE: 0, PERFORMANCE: 0, ...Object.fromEntries(r.lines.map((l) => [l.code, l.amount])) },
      net: rupiahJson(r.net),
      version: r.version,
      flags: r.flags,
    }));
  }

  sanctionsOf(employeeId: string): Promise<SanctionView[]> {
    return this.uow.query(`SELECT ${SANCTION_COLUMNS} FROM remuneration.sanctions WHERE employee_id = $1 ORDER BY start_month, recorded_at, id`, [employeeId]);
  }

  async sanction(id: string): Promise<SanctionView | null> {
    const [row] = await this.uow.query<SanctionView>(`SELECT ${SANCTION_COLUMNS} FROM remuneration.sanctions WHERE id = $1`, [id]);
    return row ?? null;
  }

  allowanceTables(): Promise<AllowanceTableView[]> {
    return this.uow.query(
      `SELECT t.id, t.name AS regulation, to_char(t.effective_from, 'YYYY-MM-DD') AS "effectiveFrom",
              (SELECT jsonb_object_agg(r.kelas::text, r.amount::text) FROM remuneration.allowance_rates r WHERE r.table_id = t.id) AS "baseAmounts"
         FROM remuneration.allowance_tables t ORDER BY t.effective_from`,
    );
  }

  async policyVersions(): Promise<RemunerationPolicyView[]> {
    const rows = await this.uow.query<{ view: RemunerationPolicyView }>(
      `SELECT jsonb_build_object('id', id) || parameters AS view FROM remuneration.policy_versions ORDER BY effective_from`,
    );
    return rows.map((r) => r.view);
  }

  async policyInForce(date: LocalDate): Promise<RemunerationPolicyView | null> {
    const [row] = await this.uow.query<{ view: RemunerationPolicyView }>(
      `SELECT jsonb_build_object('id', id) || parameters AS view FROM remuneration.policy_versions WHERE effective_from <= $1 ORDER BY effective_from DESC LIMIT 1`,
      [date],
    );
    return row?.view ?? null;
  }
}

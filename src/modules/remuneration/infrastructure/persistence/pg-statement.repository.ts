import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { StatementRepository } from '../../application/ports/statement-repository';
import { EmployeeStatement } from '../../domain/employee-statement';
import { STATEMENT_COLUMNS, StatementRow, toDocument } from './statement-rows';

/** Columns per row; PostgreSQL takes at most 65,535 parameters in one statement. */
const COLUMNS = 14;
const ROWS_PER_STATEMENT = Math.floor(65535 / COLUMNS);

/**
 * The decision's transaction (the parameter; null: this one) had not committed when the statement's month began
 * closing (a month closed before the snapshot was kept has none, and counts as not having seen it).
 */
const notReadAtClose = (transaction: string) =>
  `NOT EXISTS (SELECT 1 FROM remuneration.periods p WHERE p.month = s.month AND pg_visible_in_snapshot(${transaction}::xid8, p.closing_snapshot))`;

@Injectable()
export class PgStatementRepository extends StatementRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async addAll(statements: readonly EmployeeStatement[]): Promise<Set<string>> {
    const written = new Set<string>();
    for (let start = 0; start < statements.length; start += ROWS_PER_STATEMENT) {
      const params: unknown[] = [];
      const rows = statements.slice(start, start + ROWS_PER_STATEMENT).map((s, i) => {
        const d = s.toDocument();
        params.push(d.statementId, d.employee.id, d.month, d.version, d.employee.nip, d.employee.name, d.unit?.id ?? null, d.unit?.code ?? null);
        params.push(d.gross, d.net, d.previousNet, d.delta, JSON.stringify({ lines: d.lines, flags: d.flags }), JSON.stringify(d.inputs));
        return `(${Array.from({ length: COLUMNS }, (_, c) => `$${i * COLUMNS + c + 1}`).join(', ')})`;
      });
      const inserted = await this.uow.query<{ id: string }>(
        `INSERT INTO remuneration.statements (id, employee_id, month, version, nip, employee_name, unit_id, unit_code, gross, net, previous_net, delta, lines, flags, inputs)
         SELECT v.id::uuid, v.employee_id::uuid, v.month, v.version::int, v.nip, v.employee_name, v.unit_id::uuid, v.unit_code,
                v.gross::bigint, v.net::bigint, v.previous_net::bigint, v.delta::bigint, (v.doc::jsonb)->'lines', (v.doc::jsonb)->'flags', v.inputs::jsonb
           FROM (VALUES ${rows.join(', ')}) AS v(id, employee_id, month, version, nip, employee_name, unit_id, unit_code, gross, net, previous_net, delta, doc, inputs)
         ON CONFLICT (employee_id, month, version) DO NOTHING
         RETURNING id`,
        params,
      );
      for (const { id } of inserted) written.add(id);
    }
    return written;
  }

  async markStale(employeeId: string, from: string, to: string, decidedIn?: string): Promise<number> {
    return this.countMarked(
      `UPDATE remuneration.statements s SET stale = true WHERE employee_id = $1 AND month BETWEEN $2 AND $3 AND NOT stale AND ${notReadAtClose('$4')} RETURNING 1`,
      [employeeId, from, to, decidedIn ?? null],
    );
  }

  async markStaleOfPositionHolders(positionId: string, from: string, decidedIn: string): Promise<number> {
    // The definitive positions a statement was paid from are in its inputs' facts.
    return this.countMarked(
      `UPDATE remuneration.statements s SET stale = true WHERE month >= $2 AND NOT stale AND inputs->'facts'->'positions' ? $1 AND ${notReadAtClose('$3')} RETURNING 1`,
      [positionId, from, decidedIn],
    );
  }

  // An UPDATE's own result comes back from the driver as [rows, affected]; a SELECT over it is a plain count.
  private async countMarked(update: string, params: unknown[]): Promise<number> {
    const [{ n }] = await this.uow.query<{ n: number }>(`WITH marked AS (${update}) SELECT count(*)::int AS n FROM marked`, params);
    return n;
  }

  async staleLatest(month: string, limit: number): Promise<EmployeeStatement[]> {
    const rows = await this.uow.query<StatementRow>(
      `SELECT DISTINCT ON (employee_id) ${STATEMENT_COLUMNS} FROM remuneration.statements
        WHERE month = $1 AND employee_id IN (SELECT DISTINCT employee_id FROM remuneration.statements WHERE month = $1 AND stale ORDER BY employee_id LIMIT $2)
        ORDER BY employee_id, version DESC`,
      [month, limit],
    );
    return rows.map((r) => EmployeeStatement.restore(toDocument(r)));
  }

  async markFresh(month: string, employeeIds: string[]): Promise<void> {
    await this.uow.query(`UPDATE remuneration.statements SET stale = false WHERE month = $1 AND employee_id = ANY($2::uuid[]) AND stale`, [month, employeeIds]);
  }
}

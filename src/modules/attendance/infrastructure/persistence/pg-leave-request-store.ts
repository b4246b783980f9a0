import { LocalDate } from '../../../../shared-kernel/local-date';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { LeaveRequestStore, RequestFilter } from '../../application/ports/leave-request-store';
import { LeaveRequestState } from '../../domain/leave-request';

/** How one kind of request sits in its table: its own columns besides the decision ones they share. */
export interface LeaveRequestTable<R, S extends LeaveRequestState> {
  table: 'absences' | 'permits';
  /** Its own columns and how each is read from the state, in INSERT order. */
  columns: Array<[string, (s: S) => unknown]>;
  /** The columns of its first and last day (the same column for a one-day permit). */
  firstDay: string;
  lastDay: string;
  stateOf(row: any): Omit<S, keyof LeaveRequestState>;
  restore(state: S): R;
}

/** The storage absences and permits share: same decision columns, same lock, same list and page. */
export abstract class PgLeaveRequestStore<R extends { state: S }, S extends LeaveRequestState> implements LeaveRequestStore<R, S> {
  constructor(
    protected readonly uow: UnitOfWork,
    private readonly t: LeaveRequestTable<R, S>,
  ) {}

  protected toState(r: any): S {
    return {
      id: r.id,
      employeeId: r.employee_id,
      reason: r.reason,
      status: r.status,
      filedBy: r.filed_by,
      decidedBy: r.decided_by,
      decidedAt: r.decided_at,
      decisionReason: r.decision_reason,
      ...this.t.stateOf(r),
    } as S;
  }

  async lockEmployee(employeeId: string): Promise<void> {
    await this.uow.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`attendance.requests:${employeeId}`]);
  }

  async get(id: string, options = { forUpdate: false }): Promise<R | null> {
    const [r] = await this.uow.query(`SELECT * FROM attendance.${this.t.table} WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return r ? this.t.restore(this.toState(r)) : null;
  }

  async add({ state: s }: R): Promise<void> {
    const own = this.t.columns.map(([column]) => column);
    const columns = ['id', 'employee_id', ...own, 'reason', 'status', 'filed_by', 'decided_by', 'decided_at'];
    const values = [s.id, s.employeeId, ...this.t.columns.map(([, read]) => read(s)), s.reason, s.status, s.filedBy, s.decidedBy, s.decidedAt];
    await this.uow.query(`INSERT INTO attendance.${this.t.table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`, values);
  }

  async saveDecision({ state: s }: R): Promise<void> {
    await this.uow.query(`UPDATE attendance.${this.t.table} SET status = $2, decided_by = $3, decided_at = $4, decision_reason = $5 WHERE id = $1`, [
      s.id,
      s.status,
      s.decidedBy,
      s.decidedAt,
      s.decisionReason,
    ]);
  }

  async approved(employeeIds: string[], from: LocalDate, to: LocalDate): Promise<S[]> {
    const rows = await this.uow.query(
      `SELECT * FROM attendance.${this.t.table} WHERE employee_id = ANY($1::uuid[]) AND status = 'APPROVED' AND ${this.t.firstDay} <= $3 AND ${this.t.lastDay} >= $2`,
      [employeeIds, from, to],
    );
    return rows.map((r) => this.toState(r));
  }

  async list(f: RequestFilter): Promise<S[]> {
    const rows = await this.uow.query(
      `SELECT * FROM attendance.${this.t.table}
        WHERE ($1::uuid[] IS NULL OR employee_id = ANY($1::uuid[])) AND ($2::text IS NULL OR status = $2)
          AND ($3::date IS NULL OR ${this.t.lastDay} >= $3) AND ($4::date IS NULL OR ${this.t.firstDay} <= $4) AND ($5::uuid IS NULL OR id > $5)
          AND ($7::date[] IS NULL OR EXISTS (SELECT 1 FROM unnest($7::date[], $8::date[]) s(f, t)
                                              WHERE ${this.t.lastDay} >= s.f AND (s.t IS NULL OR ${this.t.firstDay} <= s.t)))
        ORDER BY id LIMIT $6`,
      [f.employeeIds ?? null, f.status ?? null, f.from ?? null, f.to ?? null, f.afterId ?? null, f.limit, f.within?.map((s) => s.from) ?? null, f.within?.map((s) => s.to) ?? null],
    );
    return rows.map((r) => this.toState(r));
  }
}

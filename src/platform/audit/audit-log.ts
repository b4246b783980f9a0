import { Injectable } from '@nestjs/common';
import { requestContext } from '../context/request-context';
import { UnitOfWork } from '../database/unit-of-work';
import { decodeCursor, Page, toPage } from '../http/pagination';

export interface AuditEntry {
  /** What was done, as a command name: 'CreateEmployee', 'ApproveActivity'… */
  action: string;
  targetType: string;
  targetId: string;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * The append-only record of every mutation: who, when, what, on what, why, before and after. Written in
 * the command's transaction, so a change without its audit row cannot commit.
 */
export interface AuditFilter {
  targetType?: string;
  targetId?: string;
  actorId?: string;
  action?: string;
  /** instant, inclusive */
  from?: string;
  /** instant, exclusive */
  to?: string;
}

interface AuditRow {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_name: string;
  request_id: string | null;
  action: string;
  target_type: string;
  target_id: string;
  reason: string | null;
  before: unknown;
  after: unknown;
}

/** PostgreSQL takes at most 65,535 parameters in one statement. */
export const AUDIT_ROWS_PER_STATEMENT = 5000;
const ROWS_PER_STATEMENT = AUDIT_ROWS_PER_STATEMENT;

@Injectable()
export class AuditLog {
  constructor(private readonly uow: UnitOfWork) {}

  /** All of a command's rows in one statement (a bulk approval of 500 activities is one INSERT, not 500). */
  async recordAll(entries: readonly AuditEntry[]): Promise<void> {
    for (let start = 0; start < entries.length; start += ROWS_PER_STATEMENT) {
      const { sql, params } = this.insertOf(entries.slice(start, start + ROWS_PER_STATEMENT));
      await this.uow.query(sql, params);
    }
  }

  /**
   * The INSERT of up to ROWS_PER_STATEMENT rows, its parameters numbered from `offset + 1`, for a caller
   * that sends it together with another statement of the same command.
   */
  insertOf(entries: readonly AuditEntry[], offset = 0): { sql: string; params: unknown[] } {
    if (entries.length === 0 || entries.length > ROWS_PER_STATEMENT) throw new Error(`insertOf takes 1–${ROWS_PER_STATEMENT} audit rows`);
    const context = requestContext.current();
    const actor = context?.actor ?? null;
    const columns = 9;
    const params: unknown[] = [];
    const rows = entries.map((entry, i) => {
      params.push(
        actor?.userId ?? null,
        actor?.username ?? 'system',
        context?.requestId ?? null,
        entry.action,
        entry.targetType,
        entry.targetId,
        entry.reason ?? null,
        entry.before === undefined ? null : JSON.stringify(entry.before),
        entry.after === undefined ? null : JSON.stringify(entry.after),
      );
      return `(${Array.from({ length: columns }, (_, c) => `$${offset + i * columns + c + 1}`).join(', ')})`;
    });
    return {
      sql: `INSERT INTO platform.audit_log (actor_id, actor_name, request_id, action, target_type, target_id, reason, before, after) VALUES ${rows.join(', ')}`,
      params,
    };
  }

  /** Newest first. */
  async search(filter: AuditFilter, cursor: string | undefined, limit: number): Promise<Page<unknown>> {
    const [after] = decodeCursor(cursor, 1) ?? [];
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.targetType) add('target_type = ?', filter.targetType);
    if (filter.targetId) add('target_id = ?', filter.targetId);
    if (filter.actorId) add('actor_id = ?', filter.actorId);
    if (filter.action) add('action = ?', filter.action);
    if (filter.from) add('at >= ?', filter.from);
    if (filter.to) add('at < ?', filter.to);
    if (after) add('id < ?', after);
    params.push(limit + 1);
    const rows = await this.uow.query<AuditRow>(
      `SELECT * FROM platform.audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $${params.length}`,
      params,
    );
    const page = toPage(rows, limit, (r) => [String(r.id)]);
    return {
      items: page.items.map((r) => ({
        id: String(r.id),
        at: r.at.toISOString(),
        actor: { id: r.actor_id, name: r.actor_name },
        requestId: r.request_id,
        action: r.action,
        target: { type: r.target_type, id: r.target_id },
        reason: r.reason,
        before: r.before,
        after: r.after,
      })),
      next: page.next,
    };
  }
}

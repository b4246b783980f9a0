import { Injectable } from '@nestjs/common';
import { requestContext } from '../context/request-context';
import { UnitOfWork } from '../database/unit-of-work';

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
/** PostgreSQL takes at most 65,535 parameters in one statement. */
const ROWS_PER_STATEMENT = 5000;

@Injectable()
export class AuditLog {
  constructor(private readonly uow: UnitOfWork) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.recordAll([entry]);
  }

  /** All of a command's rows in one statement (a bulk approval of 500 activities is one INSERT, not 500). */
  async recordAll(entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const context = requestContext.current();
    const actor = context?.actor ?? null;
    const columns = 9;
    for (let start = 0; start < entries.length; start += ROWS_PER_STATEMENT) {
      const chunk = entries.slice(start, start + ROWS_PER_STATEMENT);
      const params: unknown[] = [];
      const rows = chunk.map((entry, i) => {
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
        return `(${Array.from({ length: columns }, (_, c) => `$${i * columns + c + 1}`).join(', ')})`;
      });
      await this.uow.query(
        `INSERT INTO platform.audit_log (actor_id, actor_name, request_id, action, target_type, target_id, reason, before, after) VALUES ${rows.join(', ')}`,
        params,
      );
    }
  }
}

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
@Injectable()
export class AuditLog {
  constructor(private readonly uow: UnitOfWork) {}

  async record(entry: AuditEntry): Promise<void> {
    const context = requestContext.current();
    const actor = context?.actor ?? null;
    await this.uow.query(
      `INSERT INTO platform.audit_log (actor_id, actor_name, request_id, action, target_type, target_id, reason, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        actor?.userId ?? null,
        actor?.username ?? 'system',
        context?.requestId ?? null,
        entry.action,
        entry.targetType,
        entry.targetId,
        entry.reason ?? null,
        entry.before === undefined ? null : JSON.stringify(entry.before),
        entry.after === undefined ? null : JSON.stringify(entry.after),
      ],
    );
  }
}

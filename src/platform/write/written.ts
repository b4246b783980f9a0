import { DomainEvent } from '../../shared-kernel/domain-event';
import { AuditEntry } from '../audit/audit-log';

/**
 * What a command handler returns: the answer for its caller, the audit rows of what it changed and the
 * domain events its aggregates recorded. The handler writes none of the last two itself: the
 * CommandPipeline does, in the command's transaction.
 */
export interface Written<R> {
  readonly result: R;
  readonly audit: readonly AuditEntry[];
  readonly events: readonly DomainEvent[];
}

export function written<R>(result: R, trail: { audit?: readonly AuditEntry[]; events?: readonly DomainEvent[] } = {}): Written<R> {
  return { result, audit: trail.audit ?? [], events: trail.events ?? [] };
}

export function isWritten(value: unknown): value is Written<unknown> {
  return typeof value === 'object' && value !== null && 'result' in value && Array.isArray((value as Written<unknown>).audit) && Array.isArray((value as Written<unknown>).events);
}

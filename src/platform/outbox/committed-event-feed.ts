import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work';
import { HttpProblem } from '../http/problem';
import { IntegrationEvent } from './integration-event';

export interface FeedPage {
  events: IntegrationEvent[];
  /** Pass back as `after`; unchanged when nothing new has committed. */
  next: string | null;
}

interface FeedRow {
  id: string;
  type: string;
  source: string;
  subject: string | null;
  payload: unknown;
  occurred_at: Date;
  cursor_tx_id: string;
  cursor_position: string;
}

/**
 * Outbox events of some types in commit order, for consumers outside the system (payroll). A page holds
 * only events of transactions that finished before the oldest one still running began, so no event can
 * later appear before a cursor already handed out: a consumer that keeps passing `next` sees every event
 * once, in order, even while writers commit concurrently and out of position order.
 */
@Injectable()
export class CommittedEventFeed {
  constructor(private readonly uow: UnitOfWork) {}

  async read(types: readonly string[], after: string | undefined, limit: number): Promise<FeedPage> {
    const cursor = after === undefined ? null : parseCursor(after);
    const rows = await this.uow.query<FeedRow>(
      // The cursor's parts are selected under names of their own: ORDER BY takes a bare name for the output
      // column first, and `tx_id::text AS tx_id` sorted the text, putting transaction 10000 before 9999.
      `SELECT o.id, o.type, o.source, o.subject, o.payload, o.occurred_at, o.tx_id::text AS cursor_tx_id, o.position::text AS cursor_position
         FROM platform.outbox o
        WHERE o.type = ANY($1)
          AND o.tx_id < pg_snapshot_xmin(pg_current_snapshot())
          AND ($2::xid8 IS NULL OR (o.tx_id, o.position) > ($2::xid8, $3::bigint))
        ORDER BY o.tx_id, o.position
        LIMIT $4`,
      [types, cursor?.txId ?? null, cursor?.position ?? null, limit],
    );
    const last = rows[rows.length - 1];
    return {
      events: rows.map((r) => ({ id: r.id, type: r.type, source: r.source, subject: r.subject, occurredAt: r.occurred_at.toISOString(), data: r.payload })),
      next: last ? `${last.cursor_tx_id}.${last.cursor_position}` : (after ?? null),
    };
  }
}

function parseCursor(after: string): { txId: string; position: string } {
  const match = /^(\d{1,20})\.(\d{1,19})$/.exec(after);
  if (!match) {
    throw new HttpProblem(400, 'INVALID_CURSOR', 'after is not a position this feed issued: pass the `next` value of the previous page', [
      { field: 'after', code: 'INVALID_CURSOR', message: 'pass the `next` value of the previous page, or omit it to start from the beginning' },
    ]);
  }
  return { txId: match[1], position: match[2] };
}

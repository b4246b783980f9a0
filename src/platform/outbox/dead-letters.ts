import { Injectable } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../shared-kernel/domain-error';
import { UnitOfWork } from '../database/unit-of-work';
import { decodeCursor, Page, toPage } from '../http/pagination';
import { Written, written } from '../write/written';

export interface DeadLetter {
  id: string;
  position: string;
  type: string;
  source: string;
  subject: string | null;
  occurredAt: string;
  deadLetteredAt: string;
  attempts: number;
  lastError: string | null;
  data: unknown;
}

interface DeadLetterRow {
  id: string;
  position: string;
  type: string;
  source: string;
  subject: string | null;
  payload: unknown;
  occurred_at: Date;
  dead_lettered_at: Date;
  attempts: number;
  last_error: string | null;
}

const view = (r: DeadLetterRow): DeadLetter => ({
  id: r.id,
  position: String(r.position),
  type: r.type,
  source: r.source,
  subject: r.subject,
  occurredAt: r.occurred_at.toISOString(),
  deadLetteredAt: r.dead_lettered_at.toISOString(),
  attempts: r.attempts,
  lastError: r.last_error,
  data: r.payload,
});

/** The events the relay gave up on: what HR sees, and how one goes back into the queue. */
@Injectable()
export class DeadLetters {
  constructor(private readonly uow: UnitOfWork) {}

  async list(cursor: string | undefined, limit: number): Promise<Page<DeadLetter>> {
    const [after] = decodeCursor(cursor, 1) ?? [];
    const rows = await this.uow.query<DeadLetterRow>(
      `SELECT id, position, type, source, subject, payload, occurred_at, dead_lettered_at, attempts, last_error FROM platform.outbox
        WHERE dead_lettered_at IS NOT NULL AND published_at IS NULL AND ($1::bigint IS NULL OR position > $1::bigint)
        ORDER BY position LIMIT $2`,
      [after ?? null, limit + 1],
    );
    const page = toPage(rows, limit, (r) => [String(r.position)]);
    return { items: page.items.map(view), next: page.next };
  }

  /** Due again at once, with a fresh count of attempts; returns the dead letter as it was. */
  async requeue(id: string): Promise<DeadLetter> {
    // A top-level SELECT, because TypeORM hands back an UPDATE's RETURNING rows wrapped with the row count.
    const [row] = await this.uow.query<DeadLetterRow>(
      `WITH letter AS (
         SELECT * FROM platform.outbox WHERE id = $1 AND dead_lettered_at IS NOT NULL AND published_at IS NULL FOR UPDATE),
       requeued AS (
         UPDATE platform.outbox o SET dead_lettered_at = NULL, attempts = 0, next_attempt_at = now()
           FROM letter WHERE o.id = letter.id
         RETURNING letter.id, letter.position, letter.type, letter.source, letter.subject, letter.payload, letter.occurred_at,
                   letter.dead_lettered_at, letter.attempts, letter.last_error)
       SELECT * FROM requeued`,
      [id],
    );
    if (!row) throw DomainError.notFound('Dead letter', id);
    return view(row);
  }
}

export class ReplayDeadLetter {
  constructor(
    readonly eventId: string,
    readonly reason: string,
  ) {}
}

@CommandHandler(ReplayDeadLetter)
export class ReplayDeadLetterHandler implements ICommandHandler<ReplayDeadLetter> {
  constructor(private readonly deadLetters: DeadLetters) {}

  async execute({ eventId, reason }: ReplayDeadLetter): Promise<Written<{ id: string; type: string; replayed: true }>> {
    const letter = await this.deadLetters.requeue(eventId);
    return written(
      { id: letter.id, type: letter.type, replayed: true },
      {
        audit: [
          {
            action: 'ReplayDeadLetter',
            targetType: 'OutboxEvent',
            targetId: letter.id,
            reason,
            before: { attempts: letter.attempts, lastError: letter.lastError, deadLetteredAt: letter.deadLetteredAt },
          },
        ],
      },
    );
  }
}

import { Injectable } from '@nestjs/common';
import { CommandBus, ICommand } from '@nestjs/cqrs';
import { AUDIT_ROWS_PER_STATEMENT, AuditEntry, AuditLog } from '../audit/audit-log';
import { UnitOfWork } from '../database/unit-of-work';
import { Idempotency, idempotencyOf } from '../http/idempotency';
import { NewIntegrationEvent, Outbox, OUTBOX_ROWS_PER_STATEMENT } from '../outbox/outbox';
import { IntegrationEventTranslators } from './integration-event-translators';
import { isWritten, Written } from './written';

/** PostgreSQL takes at most 65,535 parameters in one statement. */
const MAX_PARAMETERS = 65_535;

/**
 * The one door every write goes through (controllers, jobs and event handlers send commands here, never
 * to the bare CommandBus). It wraps the handler the way kgrzybek's UnitOfWorkCommandHandlerDecorator
 * does: open the transaction, replay an idempotent retry, run the handler, write its audit rows in one
 * INSERT and its events to the outbox in one INSERT, commit. Handlers only load, decide and save.
 */
@Injectable()
export class CommandPipeline {
  constructor(
    private readonly bus: CommandBus,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
    private readonly translators: IntegrationEventTranslators,
    private readonly idempotency: Idempotency,
  ) {}

  execute<R>(command: ICommand): Promise<R> {
    return this.uow.run(async () => {
      const retry = idempotencyOf(command);
      if (retry) {
        const seen = await this.idempotency.recall<R>(retry);
        if (seen) return seen.body;
      }
      const outcome = await this.bus.execute<ICommand, Written<R>>(command);
      if (!isWritten(outcome)) throw new Error(`${command.constructor.name}'s handler must return written(result, { audit, events })`);
      await this.writeTrail(
        outcome.audit,
        outcome.events.map((event) => this.translators.translate(event)),
      );
      if (retry) await this.idempotency.remember(retry, outcome.result);
      return outcome.result;
    });
  }

  /**
   * The audit rows and the outbox rows, in one statement when both fit in one (a single entry's row and
   * its event cost one round trip, not two), else in one statement each.
   */
  private async writeTrail(audit: readonly AuditEntry[], events: readonly NewIntegrationEvent<unknown>[]): Promise<void> {
    if (audit.length > 0 && events.length > 0 && audit.length <= AUDIT_ROWS_PER_STATEMENT && events.length <= OUTBOX_ROWS_PER_STATEMENT) {
      const rows = this.audit.insertOf(audit);
      const outbox = this.outbox.insertOf(events, rows.params.length);
      if (rows.params.length + outbox.params.length <= MAX_PARAMETERS) {
        await this.uow.query(`WITH audit AS (${rows.sql}) ${outbox.sql}`, [...rows.params, ...outbox.params]);
        this.outbox.announceOnCommit(events);
        return;
      }
    }
    await this.audit.recordAll(audit);
    await this.outbox.publishAll(events);
  }
}

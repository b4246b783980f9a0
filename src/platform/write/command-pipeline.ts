import { Injectable } from '@nestjs/common';
import { CommandBus, ICommand } from '@nestjs/cqrs';
import { AuditLog } from '../audit/audit-log';
import { UnitOfWork } from '../database/unit-of-work';
import { Idempotency, idempotencyOf } from '../http/idempotency';
import { Outbox } from '../outbox/outbox';
import { IntegrationEventTranslators } from './integration-event-translators';
import { isWritten, Written } from './written';

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
      await this.audit.recordAll(outcome.audit);
      await this.outbox.publishAll(outcome.events.map((event) => this.translators.translate(event)));
      if (retry) await this.idempotency.remember(retry, outcome.result);
      return outcome.result;
    });
  }
}

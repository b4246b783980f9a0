import { Injectable, OnModuleInit } from '@nestjs/common';
import { IntegrationEventBus } from '../../../../platform/outbox/integration-event-bus';
import { CommandPipeline } from '../../../../platform/write/command-pipeline';
import { ALLOWANCE_ADJUSTED_V1, ALLOWANCE_POSTED_V1 } from '../../public/events';
import { EnqueuePayrollDeliveries } from '../commands/webhooks/enqueue-payroll-deliveries';

/**
 * Every statement version the outbox relays becomes a delivery for each webhook. The relay runs this in
 * the transaction that records the event in the inbox, so a redelivered event adds nothing.
 */
@Injectable()
export class StatementVersionsToWebhooks implements OnModuleInit {
  constructor(
    private readonly bus: IntegrationEventBus,
    private readonly commands: CommandPipeline,
  ) {}

  onModuleInit(): void {
    for (const type of [ALLOWANCE_POSTED_V1, ALLOWANCE_ADJUSTED_V1]) {
      this.bus.subscribe(type, 'remuneration.payroll-webhooks', async ({ id, subject }) => {
        await this.commands.execute(new EnqueuePayrollDeliveries({ id, type, subject }));
      });
    }
  }
}

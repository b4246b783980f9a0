import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Roles } from '../../../../platform/auth/decorators';
import { decodeCursor, PageQuery } from '../../../../platform/http/pagination';
import { CommandPipeline } from '../../../../platform/write/command-pipeline';
import { DeletePayrollWebhook } from '../../application/commands/webhooks/delete-payroll-webhook';
import { RegisteredWebhook, RegisterPayrollWebhook } from '../../application/commands/webhooks/register-payroll-webhook';
import { ReplayOutcome, ReplayPayrollWebhook } from '../../application/commands/webhooks/replay-payroll-webhook';
import { PayrollEvents } from '../../application/queries/payroll-events';
import { PayrollWebhookQueries } from '../../application/queries/payroll-webhook-queries';
import { DELIVERY_STATUSES, DeliveryStatus } from '../../domain/webhooks/webhook-delivery';
import { IdParams } from './remuneration-requests';
import { PAYROLL_EVENTS, REGISTERED_WEBHOOK, REPLAY_OUTCOME, WEBHOOK, WEBHOOK_DELIVERY, page } from './remuneration-responses';

const FEED_POSITION = 'The `next` of a GET /payroll/events page; omitted: from the beginning';

class PayrollEventsQuery {
  @ApiPropertyOptional({ description: FEED_POSITION }) @IsOptional() @IsString() @MaxLength(60) after?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
}

class WebhookRequest {
  // The scheme is the domain's rule (400 naming url); here only that it is text of a sane length.
  @ApiProperty({ example: 'https://payroll.example.go.id/hooks/tukin' }) @IsString() @MaxLength(2000) url: string;
}

class ReplayRequest {
  @ApiPropertyOptional({ description: FEED_POSITION }) @IsOptional() @IsString() @MaxLength(60) after?: string;
}

class DeliveriesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES }) @IsOptional() @IsIn(DELIVERY_STATUSES) status?: DeliveryStatus;
}

@ApiTags('Payroll')
@ApiBearerAuth()
@Controller('payroll')
export class PayrollController {
  constructor(
    private readonly events: PayrollEvents,
    private readonly webhooks: PayrollWebhookQueries,
    private readonly commands: CommandPipeline,
  ) {}

  @Get('events')
  @Roles('PAYROLL', 'HR_ADMIN', 'AUDITOR')
  @ApiOkResponse({ schema: PAYROLL_EVENTS })
  @ApiOperation({ summary: 'Every statement version as a CloudEvent (allowance-posted, allowance-adjusted), oldest first, in commit order' })
  list(@Query() q: PayrollEventsQuery) {
    return this.events.page(q.after, q.limit ?? 100);
  }

  @Post('webhooks')
  @Roles('PAYROLL', 'HR_ADMIN')
  @ApiCreatedResponse({ schema: REGISTERED_WEBHOOK })
  @ApiOperation({ summary: 'Register a receiver of every statement version, signed per Standard Webhooks; the secret is shown only in this answer' })
  register(@Body() { url }: WebhookRequest): Promise<RegisteredWebhook> {
    return this.commands.execute(new RegisterPayrollWebhook(url));
  }

  @Get('webhooks')
  @Roles('PAYROLL', 'HR_ADMIN', 'AUDITOR')
  @ApiOkResponse({ schema: page(WEBHOOK) })
  @ApiOperation({ summary: 'The registered webhooks (never their secrets)' })
  webhookList() {
    return this.webhooks.list();
  }

  @Delete('webhooks/:id')
  @HttpCode(204)
  @Roles('PAYROLL', 'HR_ADMIN')
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiOperation({ summary: 'Remove a webhook: nothing more is sent to it, its pending deliveries included' })
  async remove(@Param() { id }: IdParams): Promise<void> {
    await this.commands.execute(new DeletePayrollWebhook(id));
  }

  @Get('webhooks/:id/deliveries')
  @Roles('PAYROLL', 'HR_ADMIN', 'AUDITOR')
  @ApiOkResponse({ schema: page(WEBHOOK_DELIVERY) })
  @ApiOperation({ summary: "A webhook's deliveries in the order they were enqueued: PENDING, DELIVERED or DEAD (dead-lettered), with attempts and the last error" })
  deliveries(@Param() { id }: IdParams, @Query() q: DeliveriesQuery) {
    return this.webhooks.deliveries(id, { status: q.status, afterSeq: decodeCursor(q.cursor, 1)?.[0] ?? null, limit: q.limit ?? 100 });
  }

  @Post('webhooks/:id/replay')
  @HttpCode(202)
  @Roles('PAYROLL', 'HR_ADMIN')
  @ApiAcceptedResponse({ description: 'The versions are queued for delivery', schema: REPLAY_OUTCOME })
  @ApiOperation({ summary: 'Send again every statement version after a feed position (dead letters included); the worker delivers them' })
  replay(@Param() { id }: IdParams, @Body() { after }: ReplayRequest): Promise<ReplayOutcome> {
    return this.commands.execute(new ReplayPayrollWebhook(id, after ?? null));
  }
}

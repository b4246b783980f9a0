import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { Roles } from '../auth/decorators';
import { PageQuery } from '../http/pagination';
import { CommandPipeline } from '../write/command-pipeline';
import { DeadLetters, ReplayDeadLetter } from './dead-letters';

class ReplayRequest {
  @ApiProperty({ description: 'why it is sent again (e.g. the receiver was fixed)' }) @IsString() @MinLength(3) @MaxLength(1000) reason: string;
}

class DeadLetterResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'position in the outbox' }) position: string;
  @ApiProperty({ description: 'the integration event type' }) type: string;
  @ApiProperty() source: string;
  @ApiProperty({ type: String, nullable: true }) subject: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ format: 'date-time' }) deadLetteredAt: string;
  @ApiProperty() attempts: number;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'the event payload' }) data: unknown;
}

class DeadLetterPage {
  @ApiProperty({ type: [DeadLetterResponse] }) items: DeadLetterResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'cursor of the next page; null on the last' }) next: string | null;
}

class ReplayResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() type: string;
  @ApiProperty({ enum: [true] }) replayed: boolean;
}

@ApiTags('Audit')
@ApiBearerAuth()
@Controller('outbox/dead-letters')
export class DeadLettersController {
  constructor(
    private readonly deadLetters: DeadLetters,
    private readonly commands: CommandPipeline,
  ) {}

  @Get()
  @Roles('HR_ADMIN', 'AUDITOR')
  @ApiOperation({ summary: 'Integration events whose delivery failed too often, oldest first, with the last error' })
  @ApiOkResponse({ type: DeadLetterPage })
  list(@Query() q: PageQuery) {
    return this.deadLetters.list(q.cursor, q.limit ?? 100);
  }

  @Post(':id/replay')
  @HttpCode(200)
  @Roles('HR_ADMIN')
  @ApiOperation({ summary: 'Send a dead letter again (due at once, attempts counted afresh), with the reason' })
  @ApiOkResponse({ type: ReplayResponse })
  replay(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReplayRequest) {
    return this.commands.execute(new ReplayDeadLetter(id, body.reason));
  }
}

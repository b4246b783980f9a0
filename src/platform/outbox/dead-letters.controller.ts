import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { Roles } from '../auth/decorators';
import { PageQuery } from '../http/pagination';
import { CommandPipeline } from '../write/command-pipeline';
import { DeadLetters, ReplayDeadLetter } from './dead-letters';

class ReplayRequest {
  @ApiProperty({ description: 'why it is sent again (e.g. the receiver was fixed)' }) @IsString() @MinLength(3) @MaxLength(1000) reason: string;
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
  list(@Query() q: PageQuery) {
    return this.deadLetters.list(q.cursor, q.limit ?? 100);
  }

  @Post(':id/replay')
  @HttpCode(200)
  @Roles('HR_ADMIN')
  @ApiOperation({ summary: 'Send a dead letter again (due at once, attempts counted afresh), with the reason' })
  replay(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReplayRequest) {
    return this.commands.execute(new ReplayDeadLetter(id, body.reason));
  }
}

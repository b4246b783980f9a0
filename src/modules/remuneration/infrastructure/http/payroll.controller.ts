import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Roles } from '../../../../platform/auth/decorators';
import { PayrollEvents } from '../../application/queries/payroll-events';

class PayrollEventsQuery {
  @ApiPropertyOptional({ description: 'The `next` of the previous page; omitted: from the beginning' }) @IsOptional() @IsString() @MaxLength(60) after?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
}

@ApiTags('Payroll')
@ApiBearerAuth()
@Controller('payroll')
export class PayrollController {
  constructor(private readonly events: PayrollEvents) {}

  @Get('events')
  @Roles('PAYROLL', 'HR_ADMIN', 'AUDITOR')
  @ApiOperation({ summary: 'Every statement version as a CloudEvent (allowance-posted, allowance-adjusted), oldest first, in commit order' })
  list(@Query() q: PayrollEventsQuery) {
    return this.events.page(q.after, q.limit ?? 100);
  }
}

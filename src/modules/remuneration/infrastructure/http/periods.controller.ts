import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../../platform/auth/decorators';
import { MonthClose } from '../../application/month-close';
import { PeriodQueries } from '../../application/queries/period-queries';
import { MonthParams } from './remuneration-requests';

@ApiTags('Remuneration')
@ApiBearerAuth()
@Controller('periods')
export class PeriodsController {
  constructor(
    private readonly close: MonthClose,
    private readonly periods: PeriodQueries,
  ) {}

  @Post(':month/close')
  @HttpCode(202)
  @Roles('HR_ADMIN')
  @ApiOperation({ summary: 'Close a month early (it also closes by itself on day 5 at 02:00 WIB); repeating it is harmless' })
  closeMonth(@Param() { month }: MonthParams) {
    return this.close.closeInBackground(month);
  }

  @Get(':month')
  @ApiOperation({ summary: "A month's period: OPEN, CLOSING or CLOSED, and how many statements it has" })
  get(@Param() { month }: MonthParams) {
    return this.periods.get(month);
  }
}

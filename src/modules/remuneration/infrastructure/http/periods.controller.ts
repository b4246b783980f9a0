import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../../../../platform/auth/actor';
import { CurrentActor, Roles } from '../../../../platform/auth/decorators';
import { decodeCursor } from '../../../../platform/http/pagination';
import { MonthClose } from '../../application/close/month-close';
import { PeriodQueries } from '../../application/queries/period-queries';
import { StatementQueries } from '../../application/queries/statement-queries';
import { MonthParams, MonthStatementsQuery } from './remuneration-requests';

@ApiTags('Remuneration')
@ApiBearerAuth()
@Controller('periods')
export class PeriodsController {
  constructor(
    private readonly close: MonthClose,
    private readonly periods: PeriodQueries,
    private readonly statements: StatementQueries,
  ) {}

  @Post(':month/close')
  @HttpCode(202)
  @Roles('HR_ADMIN')
  @ApiOperation({ summary: 'Close a month early (it also closes by itself on day 5 at 02:00 WIB); repeating it is harmless' })
  closeMonth(@Param() { month }: MonthParams) {
    return this.close.closeInBackground(month);
  }

  @Post(':month/recompute')
  @HttpCode(200)
  @Roles('HR_ADMIN')
  @ApiOperation({ summary: 'Issue the next version of every stale statement of a closed month (unchanged amounts: no new version)' })
  recompute(@Param() { month }: MonthParams) {
    return this.close.recompute(month);
  }

  @Get(':month')
  @ApiOperation({ summary: "A month's period: OPEN, CLOSING or CLOSED, and how many statements it has" })
  get(@Param() { month }: MonthParams) {
    return this.periods.get(month);
  }

  @Get(':month/statements')
  @ApiOperation({ summary: "The latest statement of each employee of the month (HR, payroll, auditors; unit admins their units')" })
  list(@CurrentActor() actor: Actor, @Param() { month }: MonthParams, @Query() q: MonthStatementsQuery) {
    return this.statements.ofMonth(actor, month, { unitId: q.unitId, after: decodeCursor(q.cursor, 1)?.[0] ?? null, limit: q.limit ?? 100 });
  }
}

import { Controller, Get, Header, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../../../../platform/auth/actor';
import { CurrentActor, Roles } from '../../../../platform/auth/decorators';
import { ApiFileResponse } from '../../../../platform/http/openapi';
import { decodeCursor } from '../../../../platform/http/pagination';
import { MonthClose } from '../../application/close/month-close';
import { AllowanceRegisterQueries } from '../../application/queries/allowance-register-queries';
import { PeriodQueries } from '../../application/queries/period-queries';
import { StatementQueries } from '../../application/queries/statement-queries';
import { registerCsv, registerWorkbook } from './register-files';
import { MonthParams, MonthStatementsQuery, RegisterQuery } from './remuneration-requests';
import { CLOSE_BEGUN, PERIOD, RECOMPUTED, STATEMENT, page } from './remuneration-responses';

@ApiTags('Remuneration')
@ApiBearerAuth()
@Controller('periods')
export class PeriodsController {
  constructor(
    private readonly close: MonthClose,
    private readonly periods: PeriodQueries,
    private readonly statements: StatementQueries,
    private readonly register: AllowanceRegisterQueries,
  ) {}

  @Post(':month/close')
  @HttpCode(202)
  @Roles('HR_ADMIN')
  @ApiAcceptedResponse({ description: 'The close has begun (or had already finished)', schema: CLOSE_BEGUN })
  @ApiOperation({ summary: 'Close a month early (it also closes by itself on day 5 at 02:00 WIB); repeating it is harmless' })
  closeMonth(@Param() { month }: MonthParams) {
    return this.close.closeInBackground(month);
  }

  @Post(':month/recompute')
  @HttpCode(200)
  @Roles('HR_ADMIN')
  @ApiOkResponse({ schema: RECOMPUTED })
  @ApiOperation({ summary: 'Issue the next version of every stale statement of a closed month (unchanged amounts: no new version)' })
  recompute(@Param() { month }: MonthParams) {
    return this.close.recompute(month);
  }

  @Get(':month')
  @ApiOkResponse({ schema: PERIOD })
  @ApiOperation({ summary: "A month's period: OPEN, CLOSING or CLOSED, and how many statements it has" })
  get(@Param() { month }: MonthParams) {
    return this.periods.get(month);
  }

  @Get(':month/statements.xlsx')
  @Roles('HR_ADMIN', 'PAYROLL', 'AUDITOR', 'UNIT_ADMIN')
  @Header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiFileResponse('The allowance register workbook', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({ summary: 'The allowance register (daftar nominatif) of a closed month as Excel: a sheet per satker, totals per unit, satker and overall' })
  async registerXlsx(@CurrentActor() actor: Actor, @Param() { month }: MonthParams, @Query() q: RegisterQuery) {
    const register = await this.register.register(actor, month, q);
    return new StreamableFile(await registerWorkbook(register), { disposition: `attachment; filename="daftar-nominatif-${month}.xlsx"` });
  }

  @Get(':month/statements.csv')
  @Roles('HR_ADMIN', 'PAYROLL', 'AUDITOR', 'UNIT_ADMIN')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiFileResponse('The allowance register as CSV', 'text/csv')
  @ApiOperation({
    summary: 'The allowance register of a closed month as CSV (RFC 4180, UTF-8 with BOM, amounts as integers, totals as UNIT_TOTAL / SATKER_TOTAL / GRAND_TOTAL rows)',
  })
  async registerCsv(@CurrentActor() actor: Actor, @Param() { month }: MonthParams, @Query() q: RegisterQuery) {
    const register = await this.register.register(actor, month, q);
    return new StreamableFile(registerCsv(register), { disposition: `attachment; filename="daftar-nominatif-${month}.csv"` });
  }

  @Get(':month/statements')
  @ApiOkResponse({ schema: page(STATEMENT) })
  @ApiOperation({ summary: "The latest statement of each employee of the month (HR, payroll, auditors; unit admins their units')" })
  list(@CurrentActor() actor: Actor, @Param() { month }: MonthParams, @Query() q: MonthStatementsQuery) {
    return this.statements.ofMonth(actor, month, { unitId: q.unitId, after: decodeCursor(q.cursor, 1)?.[0] ?? null, limit: q.limit ?? 100 });
  }
}

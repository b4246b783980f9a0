import { Controller, Get, Headers, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../../../../platform/auth/actor';
import { CurrentActor } from '../../../../platform/auth/decorators';
import { StatementQueries } from '../../application/queries/statement-queries';
import { EmployeeMonthParams } from './remuneration-requests';
import { page, STATEMENT, STATEMENT_EXPLANATION } from './remuneration-responses';

/** Readable by the employee, HR, the unit's admins, payroll and auditors; not by supervisors. */
@ApiTags('Remuneration')
@ApiBearerAuth()
@Controller('employees/:id/statements/:month')
export class StatementsController {
  constructor(private readonly statements: StatementQueries) {}

  @Get()
  @ApiOkResponse({ schema: STATEMENT })
  @ApiOperation({ summary: "The latest version of an employee's allowance statement for a month" })
  latest(@CurrentActor() actor: Actor, @Param() { id, month }: EmployeeMonthParams) {
    return this.statements.latest(actor, id, month);
  }

  @Get('versions')
  @ApiOkResponse({ schema: page(STATEMENT) })
  @ApiOperation({ summary: 'Every version of the statement, oldest first' })
  async versions(@CurrentActor() actor: Actor, @Param() { id, month }: EmployeeMonthParams) {
    return { items: await this.statements.versions(actor, id, month), next: null };
  }

  @Get('explanation')
  @ApiOkResponse({ schema: STATEMENT_EXPLANATION })
  @ApiOperation({ summary: 'Every rupiah of the latest version in plain Bahasa Indonesia (Accept-Language: en for English)' })
  explanation(@CurrentActor() actor: Actor, @Param() { id, month }: EmployeeMonthParams, @Headers('accept-language') language?: string) {
    return this.statements.explanation(actor, id, month, /^en\b/i.test(language ?? '') ? 'en' : 'id');
  }
}

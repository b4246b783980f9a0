import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../../../../platform/auth/actor';
import { CurrentActor, Roles } from '../../../../platform/auth/decorators';
import { CommandPipeline } from '../../../../platform/write/command-pipeline';
import { ImposeSanction } from '../../application/commands/sanctions/impose-sanction';
import { SanctionQueries } from '../../application/queries/sanction-queries';
import { SanctionView } from '../../domain/imposed-sanction';
import { IdParams, SanctionListQuery, SanctionRequest } from './remuneration-requests';
import { SANCTION, page } from './remuneration-responses';

@ApiTags('Remuneration')
@ApiBearerAuth()
@Controller('sanctions')
export class SanctionsController {
  constructor(
    private readonly commands: CommandPipeline,
    private readonly sanctions: SanctionQueries,
  ) {}

  @Post()
  @Roles('HR_ADMIN')
  @ApiCreatedResponse({ description: 'The sanction entered', schema: SANCTION })
  @ApiOperation({ summary: 'Enter a disciplinary sanction decreed for an employee; months already closed become stale' })
  impose(@Body() { employeeId, ...terms }: SanctionRequest): Promise<SanctionView> {
    return this.commands.execute(new ImposeSanction(employeeId, terms));
  }

  @Get()
  @ApiOkResponse({ description: 'Every sanction of the employee', schema: page(SANCTION) })
  @ApiOperation({ summary: "An employee's sanctions" })
  list(@CurrentActor() actor: Actor, @Query() { employeeId }: SanctionListQuery) {
    return this.sanctions.ofEmployee(actor, employeeId);
  }

  @Get(':id')
  @ApiOkResponse({ schema: SANCTION })
  @ApiOperation({ summary: 'One sanction' })
  get(@CurrentActor() actor: Actor, @Param() { id }: IdParams) {
    return this.sanctions.get(actor, id);
  }
}

import { rupiahJson } from '../../../../shared-kernel/money';
import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsObject, IsString, MaxLength, MinLength } from 'class-validator';
import { Roles } from '../../../../platform/auth/decorators';
import { IsLocalDate } from '../../../../platform/http/validators';
import { CommandPipeline } from '../../../../platform/write/command-pipeline';
import { EnactAllowanceTable } from '../../application/commands/tables/enact-allowance-table';
import { AllowanceTableQueries } from '../../application/queries/allowance-table-queries';
import { AllowanceTableView } from '../../domain/enacted-allowance-table';
import { IdParams } from './remuneration-requests';
import { ALLOWANCE_TABLE, page } from './remuneration-responses';

class AllowanceTableRequest {
  @ApiProperty({ example: 'Perpres 71/2023' }) @IsString() @MinLength(3) @MaxLength(200) regulation: string;
  @ApiProperty({ example: '2027-01-01' }) @IsLocalDate() effectiveFrom: string;
  @ApiProperty({ example: { '1': 2531250, '8': 4595150, '17': 33240000 }, description: 'whole rupiah for every kelas 1–17' }) @IsObject() baseAmounts: Record<string, unknown>;
}

/** Amounts of money are JSON integers in this API; the domain keeps them as exact decimal strings. */
function toApi(table: AllowanceTableView) {
  return { ...table, baseAmounts: Object.fromEntries(Object.entries(table.baseAmounts).map(([kelas, amount]) => [kelas, rupiahJson(amount)])) };
}

@ApiTags('Remuneration')
@ApiBearerAuth()
@Controller('allowance-tables')
export class AllowanceTablesController {
  constructor(
    private readonly commands: CommandPipeline,
    private readonly tables: AllowanceTableQueries,
  ) {}

  @Post()
  @Roles('HR_ADMIN')
  @ApiCreatedResponse({ description: 'The table entered', schema: ALLOWANCE_TABLE })
  @ApiOperation({ summary: 'Enter the base amounts per kelas a regulation sets from a date (not reaching into a closed month)' })
  async enact(@Body() { baseAmounts, ...table }: AllowanceTableRequest) {
    const amounts = Object.fromEntries(Object.entries(baseAmounts).map(([kelas, amount]) => [kelas, Number.isSafeInteger(amount) ? String(amount) : (amount as string)]));
    return toApi(await this.commands.execute<AllowanceTableView>(new EnactAllowanceTable({ ...table, baseAmounts: amounts })));
  }

  @Get()
  @ApiOkResponse({ schema: page(ALLOWANCE_TABLE) })
  @ApiOperation({ summary: 'Every allowance table, oldest first (Perpres 71/2023 is there from the start)' })
  async list() {
    const page = await this.tables.list();
    return { ...page, items: page.items.map(toApi) };
  }

  @Get(':id')
  @ApiOkResponse({ schema: ALLOWANCE_TABLE })
  @ApiOperation({ summary: 'One allowance table' })
  async get(@Param() { id }: IdParams) {
    return toApi(await this.tables.get(id));
  }
}

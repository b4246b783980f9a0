import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { Actor } from '../../../../platform/auth/actor';
import { CurrentActor, Roles } from '../../../../platform/auth/decorators';
import { decodeCursor, PageQuery, toPage } from '../../../../platform/http/pagination';
import { IsTimeZone } from '../../../../platform/http/validators';
import { CommandPipeline } from '../../../../platform/write/command-pipeline';
import { CreateUnit, UpdateUnit } from '../../application/commands/create-unit';
import { SetUnitWorkSchedule } from '../../application/commands/create-work-schedule';
import { SetKelasCeiling } from '../../application/commands/set-kelas-ceiling';
import { StructureQueries } from '../../application/queries/structure.queries';
import { UNIT_TYPES } from '../../domain/unit';
import { KelasCeilingResponse, UnitPage, UnitResponse, UnitWorkScheduleResponse } from './organization-responses';

class CreateUnitRequest {
  @ApiProperty({ example: 'BRSPDM-MKS' }) @IsString() @MinLength(1) @MaxLength(50) code: string;
  @ApiProperty({ example: 'Balai Rehabilitasi Sosial Makassar' }) @IsString() @MinLength(1) @MaxLength(300) name: string;
  @ApiProperty({ enum: UNIT_TYPES }) @IsIn(UNIT_TYPES) type: string;
  @ApiProperty({ nullable: true, description: 'null only for the root (the ministry)' })
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  parentId: string | null;
  @ApiProperty({ example: 'Asia/Makassar' }) @IsTimeZone() timeZone: string;
  @ApiProperty() @IsBoolean() isSatker: boolean;
}

class UpdateUnitRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(300) name?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID() parentId?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsTimeZone() timeZone?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() isSatker?: boolean;
}

class WorkScheduleChoice {
  @ApiProperty({ nullable: true, description: 'null: inherit the parent unit’s schedule' })
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  workScheduleId: string | null;
}

class KelasCeilingRequest {
  @ApiProperty({ nullable: true, minimum: 1, maximum: 17, description: 'the highest kelas unit admins may give positions here; null: inherit (default 12)' })
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(17)
  kelas: number | null;
}

class UnitListQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() parentId?: string;
}

@ApiTags('Organization')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(
    private readonly commands: CommandPipeline,
    private readonly queries: StructureQueries,
  ) {}

  @Post()
  @Roles('HR_ADMIN', 'UNIT_ADMIN')
  @ApiOperation({ summary: 'Create a unit (the root ministry, or a sub-unit inside the caller’s scope)' })
  @ApiCreatedResponse({ type: UnitResponse })
  create(@CurrentActor() actor: Actor, @Body() body: CreateUnitRequest) {
    return this.commands.execute(new CreateUnit(actor, body));
  }

  @Get()
  @ApiOperation({ summary: 'List units (ordered by code)' })
  @ApiOkResponse({ type: UnitPage })
  async list(@Query() q: UnitListQuery) {
    const limit = q.limit ?? 100;
    const [after] = decodeCursor(q.cursor, 1) ?? [];
    return toPage(await this.queries.units({ parentId: q.parentId, after, limit }), limit, (u) => [u.code]);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One unit' })
  @ApiOkResponse({ type: UnitResponse })
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.queries.unit(id);
  }

  @Patch(':id')
  @Roles('HR_ADMIN', 'UNIT_ADMIN')
  @ApiOperation({ summary: 'Rename, move (no cycles), change zone or satker flag of a unit' })
  @ApiOkResponse({ type: UnitResponse })
  update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateUnitRequest) {
    return this.commands.execute(new UpdateUnit(actor, id, body));
  }

  @Put(':id/kelas-ceiling')
  @Roles('HR_ADMIN')
  @ApiOperation({ summary: 'Set the highest kelas unit admins may give positions in this unit and below (null: inherit; default 12)' })
  @ApiOkResponse({ type: KelasCeilingResponse })
  setKelasCeiling(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: KelasCeilingRequest) {
    return this.commands.execute(new SetKelasCeiling(actor, id, body.kelas));
  }

  @Get(':id/kelas-ceiling')
  @Roles('HR_ADMIN', 'UNIT_ADMIN', 'AUDITOR')
  @ApiOperation({ summary: 'The kelas ceiling in force for the unit’s positions and the unit it was set on (null: the default)' })
  @ApiOkResponse({ type: KelasCeilingResponse })
  kelasCeiling(@Param('id', ParseUUIDPipe) id: string) {
    return this.queries.kelasCeiling(id);
  }

  @Put(':id/work-schedule')
  @Roles('HR_ADMIN', 'UNIT_ADMIN')
  @ApiOperation({ summary: 'Choose the office hours of a unit and its sub-units' })
  @ApiOkResponse({ type: UnitWorkScheduleResponse })
  setSchedule(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: WorkScheduleChoice) {
    return this.commands.execute(new SetUnitWorkSchedule(actor, id, body.workScheduleId));
  }
}

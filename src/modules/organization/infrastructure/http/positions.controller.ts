import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { Actor } from '../../../../platform/auth/actor';
import { CurrentActor, Roles } from '../../../../platform/auth/decorators';
import { decodeCursor, PageQuery, toPage } from '../../../../platform/http/pagination';
import { CommandPipeline } from '../../../../platform/write/command-pipeline';
import { CreatePosition, UpdatePosition } from '../../application/commands/create-position';
import { RegradePosition } from '../../application/commands/regrade-position';
import { IsLocalDate } from '../../../../platform/http/validators';
import { StructureQueries } from '../../application/queries/structure.queries';
import { POSITION_KINDS } from '../../domain/position';
import { PositionPage, PositionResponse, RegradeResponse } from './organization-responses';

// kelas is checked by the domain (1–17) so that the error names the rule, not just "too large".
class CreatePositionRequest {
  @ApiProperty({ example: 'KABALAI-MKS' }) @IsString() @MinLength(1) @MaxLength(50) code: string;
  @ApiProperty({ example: 'Kepala Balai' }) @IsString() @MinLength(1) @MaxLength(300) name: string;
  @ApiProperty({ enum: POSITION_KINDS }) @IsIn(POSITION_KINDS) kind: string;
  @ApiProperty({ minimum: 1, maximum: 17 }) @IsInt() kelas: number;
  @ApiProperty() @IsUUID() unitId: string;
  @ApiProperty({ nullable: true, description: 'the position whose holder supervises this one' })
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  parentPositionId: string | null;
}

class UpdatePositionRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(300) name?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 17 }) @IsOptional() @IsInt() kelas?: number;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID() parentPositionId?: string | null;
}

class RegradePositionRequest {
  @ApiProperty({ minimum: 1, maximum: 17 }) @IsInt() kelas: number;
  @ApiProperty({ example: '2026-06-16', description: 'the first day paid at the new kelas; not after today' }) @IsLocalDate() effectiveDate: string;
  @ApiPropertyOptional({ example: 'SK Menteri Sosial No. 12/2026' }) @IsOptional() @IsString() @MaxLength(1000) reason?: string;
}

class PositionListQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() unitId?: string;
}

@ApiTags('Organization')
@ApiBearerAuth()
@Controller('positions')
export class PositionsController {
  constructor(
    private readonly commands: CommandPipeline,
    private readonly queries: StructureQueries,
  ) {}

  @Post()
  @Roles('HR_ADMIN', 'UNIT_ADMIN')
  @ApiOperation({ summary: 'Create a position (jabatan) in a unit' })
  @ApiCreatedResponse({ type: PositionResponse })
  create(@CurrentActor() actor: Actor, @Body() body: CreatePositionRequest) {
    return this.commands.execute(new CreatePosition(actor, body));
  }

  @Get()
  @ApiOperation({ summary: 'List positions (ordered by code)' })
  @ApiOkResponse({ type: PositionPage })
  async list(@Query() q: PositionListQuery) {
    const limit = q.limit ?? 100;
    const [after] = decodeCursor(q.cursor, 1) ?? [];
    return toPage(await this.queries.positions({ unitId: q.unitId, after, limit }), limit, (p) => [p.code]);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One position' })
  @ApiOkResponse({ type: PositionResponse })
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.queries.position(id);
  }

  @Patch(':id')
  @Roles('HR_ADMIN', 'UNIT_ADMIN')
  @ApiOperation({ summary: 'Rename or re-parent a position (no cycles); a kelas change here is a regrade effective today (HR only)' })
  @ApiOkResponse({ type: PositionResponse })
  update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdatePositionRequest) {
    return this.commands.execute(new UpdatePosition(actor, id, body));
  }

  @Post(':id/regrades')
  @Roles('HR_ADMIN')
  @ApiOperation({ summary: 'Regrade a position from a date: days before it keep their kelas; never reaching into a closed month' })
  @ApiCreatedResponse({ type: RegradeResponse })
  regrade(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: RegradePositionRequest) {
    return this.commands.execute(new RegradePosition(actor, id, { kelas: body.kelas, effectiveDate: body.effectiveDate, reason: body.reason ?? null }));
  }
}

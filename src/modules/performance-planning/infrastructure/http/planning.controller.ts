import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Allow, ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Actor } from '../../../../platform/auth/actor';
import { CurrentActor, Roles } from '../../../../platform/auth/decorators';
import { decodeCursor, PageQuery, toPage } from '../../../../platform/http/pagination';
import { IsLocalDate } from '../../../../platform/http/validators';
import { CommandPipeline } from '../../../../platform/write/command-pipeline';
import { AddPlannedResult, AssignResultToSubordinates } from '../../application/commands/add-planned-result';
import { CreateUnitTarget, unitTargetView } from '../../application/commands/create-unit-target';
import { ClosePlan, DraftPlan } from '../../application/commands/draft-plan';
import { ChangePlanStatus } from '../../application/commands/plan-workflow';
import { planView } from '../../application/planning-context';
import { PlanningReads } from '../../application/queries/planning-reads.query';
import { INDICATOR_ASPECTS, IndicatorAspect } from '../../domain/indicator';
import { UNIT_TARGET_KINDS, UnitTargetKind } from '../../domain/unit-target';
import { ASSIGN_OUTCOME, PLAN, PLAN_PAGE, PLAN_WITH_RESULT, UNIT_TARGET, UNIT_TARGET_PAGE } from './planning-responses';

/** Decimals travel as strings (or JSON numbers read by their text) and are only whitelisted here: the domain parses them exactly. */
const DECIMAL_EXAMPLE = '12';

class UnitTargetRequest {
  @ApiProperty() @IsUUID() unitId: string;
  @ApiProperty({ example: 2026 }) @IsInt() @Min(2000) @Max(2100) year: number;
  @ApiProperty({ enum: UNIT_TARGET_KINDS }) @IsIn(UNIT_TARGET_KINDS) kind: UnitTargetKind;
  @ApiProperty({ example: '6384.QAH.001' }) @IsString() @MinLength(1) @MaxLength(50) code: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(500) name: string;
  @ApiProperty({ example: DECIMAL_EXAMPLE, description: 'decimal string or number' }) @Allow() volume: string | number;
  @ApiProperty({ example: 'Dokumen' }) @IsString() @MinLength(1) @MaxLength(50) outputUnit: string;
  @ApiPropertyOptional({ example: 1250000000, description: 'whole rupiah (integer, or a digit string for very large budgets)' })
  @IsOptional()
  @Allow()
  budget?: string | number;
}

class UnitTargetQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ minimum: 2000, maximum: 2100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
}

class PlanRequest {
  @ApiPropertyOptional({ description: 'default: the caller' }) @IsOptional() @IsUUID() employeeId?: string;
  @ApiProperty({ example: 2026 }) @IsInt() @Min(2000) @Max(2100) year: number;
  @ApiPropertyOptional({ description: 'default 1 January; after a transfer, the first day in the new position' })
  @IsOptional()
  @IsLocalDate()
  periodStart?: string;
  @ApiPropertyOptional({ description: 'default 31 December' }) @IsOptional() @IsLocalDate() periodEnd?: string;
}

class IndicatorRequest {
  @ApiProperty({ example: 'Jumlah laporan monitoring' }) @IsString() @MinLength(1) @MaxLength(500) name: string;
  @ApiProperty({ example: DECIMAL_EXAMPLE, description: 'decimal string or number' }) @Allow() target: string | number;
  @ApiProperty({ example: 'laporan' }) @IsString() @MinLength(1) @MaxLength(50) unit: string;
  @ApiPropertyOptional({ enum: INDICATOR_ASPECTS, default: 'QUANTITY' }) @IsOptional() @IsIn(INDICATOR_ASPECTS) aspect?: IndicatorAspect;
}

class ResultRequest {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(500) title: string;
  @ApiPropertyOptional({ description: "a result of the supervisor's approved plan (everyone but unit heads)" })
  @IsOptional()
  @IsUUID()
  parentResultId?: string;
  @ApiPropertyOptional({ description: "a target of the head's own unit (unit heads)" }) @IsOptional() @IsUUID() unitTargetId?: string;
  @ApiProperty({ type: [IndicatorRequest] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => IndicatorRequest)
  indicators: IndicatorRequest[];
}

class AssignRequest {
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(1000) @IsUUID('all', { each: true }) employeeIds: string[];
  @ApiPropertyOptional({ description: "default: the parent's title" }) @IsOptional() @IsString() @MinLength(1) @MaxLength(500) title?: string;
  @ApiPropertyOptional({ type: [IndicatorRequest], description: "default: the parent's indicators" })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => IndicatorRequest)
  indicators?: IndicatorRequest[];
}

class PlanReasonRequest {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(2000) reason: string;
}

class CloseRequest {
  @ApiProperty({ description: 'the last day worked under this plan (the day before the move)' }) @IsLocalDate() lastDay: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) reason?: string;
}

class PlanListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'default: your own plans (HR and auditors: everyone)' }) @IsOptional() @IsUUID() employeeId?: string;
  @ApiPropertyOptional({ minimum: 2000, maximum: 2100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
  @ApiPropertyOptional({ enum: ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'] }) @IsOptional() @IsIn(['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED']) status?: string;
}

const withAspect = (indicators: IndicatorRequest[]) => indicators.map((i) => ({ ...i, aspect: i.aspect ?? ('QUANTITY' as const) }));

@ApiTags('Planning')
@ApiBearerAuth()
@Controller()
export class PlanningController {
  constructor(
    private readonly commands: CommandPipeline,
    private readonly reads: PlanningReads,
  ) {}

  @Post('unit-targets')
  @Roles('HR_ADMIN')
  @ApiCreatedResponse({ description: 'The target entered', schema: UNIT_TARGET })
  @ApiOperation({ summary: 'A unit target for a year: an RKAKL output (with its budget) or an IKU' })
  createUnitTarget(@CurrentActor() actor: Actor, @Body() body: UnitTargetRequest) {
    return this.commands.execute(new CreateUnitTarget(actor, body));
  }

  @Get('unit-targets')
  @ApiOkResponse({ schema: UNIT_TARGET_PAGE })
  @ApiOperation({ summary: 'Unit targets, by unit and year' })
  async unitTargets(@Query() q: UnitTargetQuery) {
    const limit = q.limit ?? 100;
    const [after] = decodeCursor(q.cursor, 1) ?? [];
    const page = toPage(await this.reads.unitTargetPage({ unitId: q.unitId, year: q.year, after, limit }), limit, (t) => [t.id]);
    return { items: page.items.map(unitTargetView), next: page.next };
  }

  @Get('unit-targets/:id')
  @ApiOkResponse({ schema: UNIT_TARGET })
  @ApiOperation({ summary: 'One unit target' })
  async unitTarget(@Param('id', ParseUUIDPipe) id: string) {
    return unitTargetView(await this.reads.unitTarget(id));
  }

  @Post('performance-plans')
  @ApiCreatedResponse({ description: 'The drafted plan', schema: PLAN })
  @ApiOperation({ summary: 'Draft an SKP: the employee their own, HR or a unit admin for someone in scope' })
  createPlan(@CurrentActor() actor: Actor, @Body() body: PlanRequest) {
    return this.commands.execute(new DraftPlan(actor, { ...body, employeeId: actor.subjectOrSelf(body.employeeId) }));
  }

  @Get('performance-plans')
  @ApiOkResponse({ schema: PLAN_PAGE })
  @ApiOperation({ summary: 'Plans the caller may read: of one employee, or your own' })
  async listPlans(@CurrentActor() actor: Actor, @Query() q: PlanListQuery) {
    const limit = q.limit ?? 100;
    const [after] = decodeCursor(q.cursor, 1) ?? [];
    const page = toPage(await this.reads.planPage(actor, { employeeId: q.employeeId, year: q.year, status: q.status, after, limit }), limit, (p) => [p.id]);
    return { items: page.items.map(planView), next: page.next };
  }

  @Get('performance-plans/:id')
  @ApiOkResponse({ schema: PLAN })
  @ApiOperation({ summary: 'One plan with its results, status and approved versions' })
  async plan(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return planView(await this.reads.plan(actor, id));
  }

  @Post('performance-plans/:id/results')
  @ApiCreatedResponse({ description: 'The plan, and the id of the result added', schema: PLAN_WITH_RESULT })
  @ApiOperation({ summary: "Add a planned result (RHK), cascaded from the supervisor's approved RHK or, for a unit head, a unit target" })
  addResult(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: ResultRequest) {
    return this.commands.execute(new AddPlannedResult(actor, id, { ...body, indicators: withAspect(body.indicators) }));
  }

  @Post('performance-plans/:id/results/:resultId/assign')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Who got the result, and why the others did not', schema: ASSIGN_OUTCOME })
  @ApiOperation({ summary: 'Cascade one result of your approved plan to many subordinates at once → {assigned, refused}' })
  assign(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Param('resultId', ParseUUIDPipe) resultId: string, @Body() body: AssignRequest) {
    return this.commands.execute(new AssignResultToSubordinates(actor, id, resultId, { ...body, indicators: body.indicators ? withAspect(body.indicators) : undefined }));
  }

  @Post('performance-plans/:id/submit')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The plan, submitted', schema: PLAN })
  @ApiOperation({ summary: 'Submit the plan to the supervisor' })
  submit(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.commands.execute(new ChangePlanStatus(actor, id, 'submit'));
  }

  @Post('performance-plans/:id/approve')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The plan, approved', schema: PLAN })
  @ApiOperation({ summary: 'Approve (the direct supervisor on the date, Plt/Plh included)' })
  approve(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.commands.execute(new ChangePlanStatus(actor, id, 'approve'));
  }

  @Post('performance-plans/:id/return')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The plan, returned', schema: PLAN })
  @ApiOperation({ summary: 'Return for revision with a reason (the direct supervisor)' })
  returnPlan(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: PlanReasonRequest) {
    return this.commands.execute(new ChangePlanStatus(actor, id, 'return', body.reason));
  }

  @Post('performance-plans/:id/revise')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The plan, in its new draft version', schema: PLAN })
  @ApiOperation({ summary: 'Start a new version of an approved plan; the approved version stays in force until the new one is approved' })
  revise(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.commands.execute(new ChangePlanStatus(actor, id, 'revise'));
  }

  @Post('performance-plans/:id/close')
  @HttpCode(200)
  @Roles('HR_ADMIN', 'UNIT_ADMIN')
  @ApiOkResponse({ description: 'The plan, closed', schema: PLAN })
  @ApiOperation({ summary: 'Close the plan at a mid-year transfer; then draft the next one from the move date' })
  close(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: CloseRequest) {
    return this.commands.execute(new ClosePlan(actor, id, body.lastDay, body.reason));
  }
}

import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Actor } from '../../../../platform/auth/actor';
import { CurrentActor, Roles } from '../../../../platform/auth/decorators';
import { PageQuery } from '../../../../platform/http/pagination';
import { IsLocalDate, IsNotBlank, IsTimeOfDay, SpansAtMost } from '../../../../platform/http/validators';
import { CommandPipeline } from '../../../../platform/write/command-pipeline';
import { CorrectAbsenceDecision, CorrectPermitDecision, DecideAbsence, DecidePermit, FileAbsence, FilePermit } from '../../application/commands/leave-requests';
import { RequestQueries } from '../../application/queries/request-queries';
import { ABSENCE_TYPES, AbsenceType } from '../../domain/attendance-code';
import { Decision, RequestStatus } from '../../domain/leave-request';
import { PermitType } from '../../domain/permit';
import { AbsencePage, AbsenceResponse, PermitPage, PermitResponse } from './attendance-responses';

const PERMIT_TYPES: PermitType[] = ['LATE_ARRIVAL', 'EARLY_LEAVE', 'MISSING_PUNCH'];
const STATUSES: RequestStatus[] = ['SUBMITTED', 'APPROVED', 'REJECTED'];

class AbsenceRequest {
  @ApiPropertyOptional({ description: 'default: the caller' }) @IsOptional() @IsUUID() employeeId?: string;
  @ApiProperty({ enum: ABSENCE_TYPES }) @IsIn(ABSENCE_TYPES) type: AbsenceType;
  @ApiProperty({ example: '2026-06-10' }) @IsLocalDate() startDate: string;
  @ApiProperty({ example: '2026-06-11' }) @IsLocalDate() endDate: string;
  @ApiProperty() @IsString() @IsNotBlank() @MinLength(3) @MaxLength(1000) reason: string;
}

class PermitRequest {
  @ApiPropertyOptional({ description: 'default: the caller' }) @IsOptional() @IsUUID() employeeId?: string;
  @ApiProperty({ enum: PERMIT_TYPES }) @IsIn(PERMIT_TYPES) type: PermitType;
  @ApiProperty({ example: '2026-06-10' }) @IsLocalDate() date: string;
  @ApiPropertyOptional({ example: '16:05', description: 'required for MISSING_PUNCH: the local time of the punch' }) @IsOptional() @IsTimeOfDay() time?: string;
  @ApiProperty() @IsString() @IsNotBlank() @MinLength(3) @MaxLength(1000) reason: string;
}

class DecideRejectionRequest {
  @ApiProperty() @IsString() @MinLength(3) @MaxLength(1000) reason: string;
}

class DecideApprovalRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

class DecisionCorrectionRequest {
  @ApiProperty({ enum: ['APPROVED', 'REJECTED'] }) @IsIn(['APPROVED', 'REJECTED']) decision: Decision;
  @ApiProperty({ description: 'why the decision is changed afterwards (kept in the audit log)' }) @IsString() @IsNotBlank() @MinLength(3) @MaxLength(1000) reason: string;
}

class RequestListQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() employeeId?: string;
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES) status?: RequestStatus;
  @ApiPropertyOptional() @IsOptional() @IsLocalDate() from?: string;
  @ApiPropertyOptional({ description: 'at most 366 days after from' }) @IsOptional() @IsLocalDate() @SpansAtMost('from') to?: string;
  @ApiPropertyOptional({ description: 'only requests of the people the caller supervises today, awaiting a decision' })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  awaitingMyDecision?: boolean;
}

/**
 * Absences (full days) and permits (part of one day): filed by the employee and decided by their supervisor on
 * the date, or recorded by HR / the unit admin directly.
 */
@ApiTags('Attendance')
@ApiBearerAuth()
@Controller()
export class RequestsController {
  constructor(
    private readonly commands: CommandPipeline,
    private readonly queries: RequestQueries,
  ) {}

  @Post('absences')
  @ApiOperation({ summary: 'File an absence (employee: SUBMITTED) or record one (HR / unit admin: APPROVED)' })
  @ApiCreatedResponse({ type: AbsenceResponse })
  fileAbsence(@CurrentActor() actor: Actor, @Body() body: AbsenceRequest) {
    return this.commands.execute(new FileAbsence(actor, { ...body, employeeId: actor.subjectOrSelf(body.employeeId) }));
  }

  @Post('absences/corrections')
  @Roles('HR_ADMIN')
  @ApiOperation({ summary: 'HR records an absence afterwards (APPROVED), with its reason — also in a closed month, whose statement goes stale' })
  @ApiCreatedResponse({ type: AbsenceResponse })
  recordAbsenceCorrection(@CurrentActor() actor: Actor, @Body() body: AbsenceRequest) {
    return this.commands.execute(new FileAbsence(actor, { ...body, employeeId: actor.subjectOrSelf(body.employeeId) }, true));
  }

  @Get('absences')
  @ApiOperation({ summary: 'Absences visible to the caller' })
  @ApiOkResponse({ type: AbsencePage })
  absences(@CurrentActor() actor: Actor, @Query() q: RequestListQuery) {
    return this.queries.absences(actor, q);
  }

  @Get('absences/:id')
  @ApiOperation({ summary: 'One absence' })
  @ApiOkResponse({ type: AbsenceResponse })
  absence(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.queries.absence(actor, id);
  }

  @Post('absences/:id/approve')
  @HttpCode(200)
  @ApiOperation({ summary: "Approve (the employee's supervisor on the start date, Plt/Plh included)" })
  @ApiOkResponse({ type: AbsenceResponse })
  approveAbsence(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: DecideApprovalRequest) {
    return this.commands.execute(new DecideAbsence(actor, id, 'APPROVED', body.note ?? null));
  }

  @Post('absences/:id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject with a reason (the supervisor on the start date)' })
  @ApiOkResponse({ type: AbsenceResponse })
  rejectAbsence(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: DecideRejectionRequest) {
    return this.commands.execute(new DecideAbsence(actor, id, 'REJECTED', body.reason));
  }

  @Post('absences/:id/corrections')
  @HttpCode(200)
  @Roles('HR_ADMIN')
  @ApiOperation({ summary: 'HR changes the decision afterwards, with a reason — also in a closed month, whose statement goes stale' })
  @ApiOkResponse({ type: AbsenceResponse })
  correctAbsence(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: DecisionCorrectionRequest) {
    return this.commands.execute(new CorrectAbsenceDecision(actor, id, body.decision, body.reason));
  }

  @Post('permits')
  @ApiOperation({ summary: 'File a permit for part of a day (LATE_ARRIVAL, EARLY_LEAVE, MISSING_PUNCH with time)' })
  @ApiCreatedResponse({ type: PermitResponse })
  filePermit(@CurrentActor() actor: Actor, @Body() body: PermitRequest) {
    return this.commands.execute(new FilePermit(actor, { ...body, employeeId: actor.subjectOrSelf(body.employeeId) }));
  }

  @Post('permits/corrections')
  @Roles('HR_ADMIN')
  @ApiOperation({ summary: 'HR records a permit afterwards (APPROVED), with its reason — also in a closed month, whose statement goes stale' })
  @ApiCreatedResponse({ type: PermitResponse })
  recordPermitCorrection(@CurrentActor() actor: Actor, @Body() body: PermitRequest) {
    return this.commands.execute(new FilePermit(actor, { ...body, employeeId: actor.subjectOrSelf(body.employeeId) }, true));
  }

  @Get('permits')
  @ApiOperation({ summary: 'Permits visible to the caller' })
  @ApiOkResponse({ type: PermitPage })
  permits(@CurrentActor() actor: Actor, @Query() q: RequestListQuery) {
    return this.queries.permits(actor, q);
  }

  @Get('permits/:id')
  @ApiOperation({ summary: 'One permit' })
  @ApiOkResponse({ type: PermitResponse })
  permit(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.queries.permit(actor, id);
  }

  @Post('permits/:id/approve')
  @HttpCode(200)
  @ApiOperation({ summary: "Approve (the employee's supervisor on the permit's date)" })
  @ApiOkResponse({ type: PermitResponse })
  approvePermit(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: DecideApprovalRequest) {
    return this.commands.execute(new DecidePermit(actor, id, 'APPROVED', body.note ?? null));
  }

  @Post('permits/:id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject with a reason' })
  @ApiOkResponse({ type: PermitResponse })
  rejectPermit(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: DecideRejectionRequest) {
    return this.commands.execute(new DecidePermit(actor, id, 'REJECTED', body.reason));
  }

  @Post('permits/:id/corrections')
  @HttpCode(200)
  @Roles('HR_ADMIN')
  @ApiOperation({ summary: 'HR changes the decision afterwards, with a reason — also in a closed month, whose statement goes stale' })
  @ApiOkResponse({ type: PermitResponse })
  correctPermit(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: DecisionCorrectionRequest) {
    return this.commands.execute(new CorrectPermitDecision(actor, id, body.decision, body.reason));
  }
}

import { Body, Controller, Get, Header, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsISO8601, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { addDays } from '../../../../shared-kernel/local-date';
import { localDateOf } from '../../../../shared-kernel/zone';
import { Actor } from '../../../../platform/auth/actor';
import { CurrentActor, Roles } from '../../../../platform/auth/decorators';
import { ApiFileResponse } from '../../../../platform/http/openapi';
import { PageQuery } from '../../../../platform/http/pagination';
import { ApiIdempotencyKey, IdempotencyKeyHeader } from '../../../../platform/http/idempotency';
import { IsLocalDate, IsNotBlank, IsYearMonth, SpansAtMost } from '../../../../platform/http/validators';
import { CommandPipeline } from '../../../../platform/write/command-pipeline';
import { ClockNow, CorrectClockEvent, ImportClockEvents, VoidClockEvent } from '../../application/commands/clock-events';
import { ScanDisciplineAlerts } from '../../application/commands/scan-discipline-alerts';
import { SetAttendancePolicy } from '../../application/commands/set-attendance-policy';
import { AttendanceRecords } from '../../application/queries/attendance-records';
import { AttendanceViews } from '../../application/queries/attendance-views';
import {
  AnnualLeaveResponse,
  AttendanceDayResponse,
  AttendanceRecapResponse,
  AttendanceSummaryResponse,
  ClockedResponse,
  ClockEventList,
  CorrectedClockEventResponse,
  DisciplineAlertPage,
  IntakeReportResponse,
  PolicyInForceResponse,
  PolicySetResponse,
  PolicyVersionList,
  PolicyVersionResponse,
  ScanReportResponse,
  VoidedClockEventResponse,
} from './attendance-responses';

class ClockRequest {
  @ApiProperty({ enum: ['IN', 'OUT'] }) @IsIn(['IN', 'OUT']) direction: 'IN' | 'OUT';
}

class ImportRow {
  @ApiProperty({ example: '198507142009071001' }) nip: string;
  @ApiProperty({ example: '2026-06-15T07:29:00+07:00' }) at: string;
  @ApiPropertyOptional({ enum: ['IN', 'OUT'] }) direction?: 'IN' | 'OUT';
  @ApiPropertyOptional() deviceId?: string;
}

class CorrectionRequest {
  @ApiProperty() @IsUUID() employeeId: string;
  @ApiProperty({ example: '2026-06-15T16:05:00+07:00' }) @IsISO8601({ strict: true }) at: string;
  @ApiPropertyOptional({ enum: ['IN', 'OUT'] }) @IsOptional() @IsIn(['IN', 'OUT']) direction?: 'IN' | 'OUT';
  @ApiProperty() @IsString() @IsNotBlank() @MinLength(3) @MaxLength(1000) reason: string;
}

class VoidRequest {
  @ApiProperty({ description: 'why the punch no longer counts (kept on the event and in the audit log)' }) @IsString() @IsNotBlank() @MinLength(3) @MaxLength(1000) reason: string;
}

class EmployeeMonthQuery {
  @ApiPropertyOptional({ description: 'default: the caller' }) @IsOptional() @IsUUID() employeeId?: string;
  @ApiProperty({ example: '2026-06' }) @IsYearMonth() month: string;
}

class UnitMonthQuery {
  @ApiProperty() @IsUUID() unitId: string;
  @ApiProperty({ example: '2026-06' }) @IsYearMonth() month: string;
}

class AnnualLeaveQuery {
  @ApiPropertyOptional({ description: 'default: the caller' }) @IsOptional() @IsUUID() employeeId?: string;
  @ApiProperty({ example: 2026 }) @Type(() => Number) @IsInt() @Min(1900) @Max(9999) year: number;
}

/**
 * A parameter left out carries over from the version in force; null is not "left out" (it would replace the
 * parameter with nothing), so it is checked like any other value and refused.
 */
const IfPresent = () => ValidateIf((_request: object, value: unknown) => value !== undefined);

class PolicyRequest {
  @ApiProperty({ example: '2026-07-01' }) @IsLocalDate() effectiveFrom: string;
  @ApiPropertyOptional({ description: 'ISO weekday "1"…"7" → {start, end, breakStart, breakEnd} or null' }) @IfPresent() @IsObject() workSchedule?: object;
  @ApiPropertyOptional({ example: { enabled: true, toleranceMinutes: 30 } }) @IfPresent() @IsObject() latenessCompensation?: object;
  @ApiPropertyOptional({ description: 'four bands {fromMinutes, toMinutes (null for the last), percent}' }) @IfPresent() @IsArray() bands?: object[];
  @ApiPropertyOptional({ example: '5' }) @IfPresent() @IsString() absentWithoutReasonPercent?: string;
  @ApiPropertyOptional({ example: '5' }) @IfPresent() @IsString() dailyDeductionCapPercent?: string;
  @ApiPropertyOptional({ example: { minutesBeforeStart: 240, minutesAfterEnd: 360 } }) @IfPresent() @IsObject() shiftEventWindow?: object;
  @ApiPropertyOptional({ example: { I: '2' } }) @IfPresent() @IsObject() leaveDeductionPercent?: object;
  @ApiPropertyOptional({ example: { freeWorkingDaysPerEpisode: 3, percentPerDayAfter: '1' } }) @IfPresent() @IsObject() sickLeave?: object;
  @ApiPropertyOptional({ example: { entitlementWorkingDaysPerYear: 12, maxAvailableWorkingDays: 18 } }) @IfPresent() @IsObject() annualLeave?: object;
  @ApiPropertyOptional({ example: 366, description: 'the longest absence one request may span, in calendar days' })
  @IfPresent()
  @IsInt()
  @Min(1)
  @Max(1830)
  maxAbsenceCalendarDays?: number;
}

class PolicyOnQuery {
  @ApiPropertyOptional({ description: 'default: today' }) @IsOptional() @IsLocalDate() date?: string;
}

class ClockEventsQuery {
  @ApiPropertyOptional({ description: 'default: the caller' }) @IsOptional() @IsUUID() employeeId?: string;
  @ApiProperty({ example: '2026-06-01' }) @IsLocalDate() from: string;
  @ApiProperty({ example: '2026-06-30', description: 'at most 366 days after from' }) @IsLocalDate() @SpansAtMost('from') to: string;
}

class AlertsQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1900) @Max(9999) year?: number;
  @ApiPropertyOptional() @IsOptional() @IsUUID() employeeId?: string;
}

class ScanRequest {
  @ApiPropertyOptional({ description: 'default: this year' }) @IsOptional() @IsInt() @Min(1900) @Max(9999) year?: number;
  @ApiPropertyOptional({ description: 'count TK days up to this date (default: yesterday)' }) @IsOptional() @IsLocalDate() through?: string;
}

const JAKARTA = 'Asia/Jakarta';

@ApiTags('Attendance')
@ApiBearerAuth()
@Controller()
export class AttendanceController {
  constructor(
    private readonly commands: CommandPipeline,
    private readonly views: AttendanceViews,
    private readonly records: AttendanceRecords,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post('attendance/clock')
  @ApiOperation({ summary: 'Clock in or out now (the calling employee); honours Idempotency-Key' })
  @ApiCreatedResponse({ type: ClockedResponse })
  @ApiIdempotencyKey()
  clockNow(@CurrentActor() actor: Actor, @Body() body: ClockRequest, @IdempotencyKeyHeader() key?: string) {
    return this.commands.execute(new ClockNow(actor, body.direction, key));
  }

  @Post('attendance/clock-events/import')
  @HttpCode(200)
  @Roles('HR_ADMIN')
  @ApiOperation({ summary: 'Import clock events [{nip, at, direction?, deviceId?}]; each bad row is reported, a repeated (nip, at) is a duplicate' })
  @ApiOkResponse({ type: IntakeReportResponse })
  @ApiBody({ type: [ImportRow] })
  import(@Body() body: unknown) {
    if (!Array.isArray(body)) throw DomainError.validation('(body)', 'ARRAY_REQUIRED', 'The body must be a JSON array of {nip, at, direction?, deviceId?}.');
    return this.commands.execute(new ImportClockEvents(body));
  }

  @Post('attendance/clock-events/corrections')
  @Roles('HR_ADMIN', 'UNIT_ADMIN')
  @ApiOperation({ summary: 'Add a clock event a device lost, with a reason (events are never edited or deleted)' })
  @ApiCreatedResponse({ type: CorrectedClockEventResponse })
  correct(@CurrentActor() actor: Actor, @Body() body: CorrectionRequest) {
    return this.commands.execute(new CorrectClockEvent(actor, body));
  }

  @Post('attendance/clock-events/:id/void')
  @HttpCode(200)
  @Roles('HR_ADMIN', 'UNIT_ADMIN')
  @ApiOperation({ summary: 'Void a recorded punch, with a reason: it stays listed but no longer counts (a closed month: HR only; its statement goes stale)' })
  @ApiOkResponse({ type: VoidedClockEventResponse })
  voidEvent(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: VoidRequest) {
    if (!/^[1-9]\d{0,17}$/.test(id)) throw DomainError.validation('id', 'INVALID_CLOCK_EVENT_ID', 'id must be a clock event id as listed by GET /attendance/clock-events.');
    return this.commands.execute(new VoidClockEvent(actor, id, body.reason));
  }

  @Get('attendance/clock-events')
  @ApiOperation({ summary: "An employee's recorded clock events between two local dates (UTC instants, with source and reason)" })
  @ApiOkResponse({ type: ClockEventList })
  clockEvents(@CurrentActor() actor: Actor, @Query() q: ClockEventsQuery) {
    return this.records.clockEventsOf(actor, actor.subjectOrSelf(q.employeeId), q.from, q.to);
  }

  @Get('attendance/days')
  @ApiOperation({ summary: 'One entry per calendar day of the month: codes, local clock times, minutes, deduction percent and why' })
  @ApiOkResponse({ type: [AttendanceDayResponse] })
  days(@CurrentActor() actor: Actor, @Query() q: EmployeeMonthQuery) {
    return this.views.days(actor, actor.subjectOrSelf(q.employeeId), q.month);
  }

  @Get('attendance/summary')
  @ApiOperation({ summary: 'Monthly summary: working days, count per code, attendance and leave percent' })
  @ApiOkResponse({ type: AttendanceSummaryResponse })
  summary(@CurrentActor() actor: Actor, @Query() q: EmployeeMonthQuery) {
    return this.views.summary(actor, actor.subjectOrSelf(q.employeeId), q.month);
  }

  @Get('attendance/recap')
  @Roles('HR_ADMIN', 'UNIT_ADMIN', 'AUDITOR', 'PAYROLL')
  @ApiOperation({ summary: "Monthly summaries of everyone in a unit's subtree, titled with the unit (code, name) and month" })
  @ApiOkResponse({ type: AttendanceRecapResponse })
  recap(@CurrentActor() actor: Actor, @Query() q: UnitMonthQuery) {
    return this.views.recap(actor, q.unitId, q.month);
  }

  @Get('attendance/recap.xlsx')
  @Roles('HR_ADMIN', 'UNIT_ADMIN', 'AUDITOR', 'PAYROLL')
  @Header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiFileResponse('The recap workbook', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({ summary: 'The unit recap as an Excel workbook, titled with the unit and month, named attendance-recap-<unit code>-<month>.xlsx' })
  async recapXlsx(@CurrentActor() actor: Actor, @Query() q: UnitMonthQuery) {
    const { fileName, content } = await this.views.recapWorkbook(actor, q.unitId, q.month);
    return new StreamableFile(content, { disposition: `attachment; filename="${fileName}"` });
  }

  @Get('attendance/annual-leave')
  @ApiOperation({ summary: 'Annual leave (CT) balance of a year: entitlement, carried over, used (cuti bersama included), remaining' })
  @ApiOkResponse({ type: AnnualLeaveResponse })
  annualLeave(@CurrentActor() actor: Actor, @Query() q: AnnualLeaveQuery) {
    return this.records.annualLeave(actor, actor.subjectOrSelf(q.employeeId), q.year);
  }

  @Post('attendance/policies')
  @Roles('HR_ADMIN')
  @ApiOperation({ summary: 'A new attendance policy version from effectiveFrom; parameters left out carry over from the version in force then' })
  @ApiCreatedResponse({ type: PolicySetResponse })
  setPolicy(@Body() body: PolicyRequest) {
    const { effectiveFrom, ...changes } = body;
    return this.commands.execute(new SetAttendancePolicy(effectiveFrom, changes as never));
  }

  @Get('attendance/policies')
  @ApiOperation({ summary: 'Stored attendance policy versions (before the first, the built-in default policy applies)' })
  @ApiOkResponse({ type: PolicyVersionList })
  listPolicies() {
    return this.records.policyVersions();
  }

  @Get('attendance/policies/in-force')
  @ApiOperation({ summary: 'The policy in force on a date (id null: the built-in default policy)' })
  @ApiOkResponse({ type: PolicyInForceResponse })
  policyInForce(@Query() q: PolicyOnQuery) {
    return this.records.policyInForce(q.date);
  }

  @Get('attendance/policies/:id')
  @ApiOperation({ summary: 'One stored policy version' })
  @ApiOkResponse({ type: PolicyVersionResponse })
  policy(@Param('id', ParseUUIDPipe) id: string) {
    return this.records.policyVersion(id);
  }

  @Get('attendance/discipline-alerts')
  @Roles('HR_ADMIN', 'UNIT_ADMIN', 'AUDITOR')
  @ApiOperation({ summary: 'Employees whose TK days in a year reached a PP 94/2021 threshold (HR: all; unit admin: their subtree)' })
  @ApiOkResponse({ type: DisciplineAlertPage })
  disciplineAlerts(@CurrentActor() actor: Actor, @Query() q: AlertsQuery) {
    return this.records.disciplineAlerts(actor, q);
  }

  @Post('attendance/discipline-alerts/scan')
  @HttpCode(200)
  @Roles('HR_ADMIN')
  @ApiOperation({ summary: 'Count TK days of the year and raise alerts for thresholds newly reached (also runs nightly)' })
  @ApiOkResponse({ type: ScanReportResponse })
  scan(@Body() body: ScanRequest) {
    const today = localDateOf(this.clock.now(), JAKARTA);
    const through = body.through ?? addDays(today, -1);
    return this.commands.execute(new ScanDisciplineAlerts(body.year ?? Number(through.slice(0, 4)), through));
  }
}

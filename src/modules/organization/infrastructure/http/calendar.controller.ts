import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsInt, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Actor } from '../../../../platform/auth/actor';
import { CurrentActor, Roles } from '../../../../platform/auth/decorators';
import { IsLocalDate, IsTimeOfDay, IsYearMonth, SpansAtMost } from '../../../../platform/http/validators';
import { CommandPipeline } from '../../../../platform/write/command-pipeline';
import { CreateHoliday } from '../../application/commands/create-holiday';
import { CreateShift, SetRosterEntries } from '../../application/commands/create-shift';
import { CreateWorkSchedule } from '../../application/commands/create-work-schedule';
import { CalendarQueries } from '../../application/queries/calendar.queries';
import { HolidayList, HolidayResponse, RosterList, RosterSetResponse, ShiftList, ShiftResponse, WorkScheduleList, WorkScheduleResponse } from './organization-responses';

class HolidayRequest {
  @ApiProperty({ example: '2026-08-17' }) @IsLocalDate() date: string;
  @ApiProperty({ example: 'Hari Kemerdekaan' }) @IsString() @MinLength(1) @MaxLength(200) name: string;
  @ApiPropertyOptional({ description: 'omit for a national holiday; a unit holiday is inherited by its sub-units' })
  @IsOptional()
  @IsUUID()
  unitId?: string;
  @ApiPropertyOptional({ description: 'cuti bersama: counted against annual leave' }) @IsOptional() @IsBoolean() collectiveLeave?: boolean;
}

class HolidayQuery {
  @ApiPropertyOptional({ description: 'default: this year' }) @IsOptional() @IsLocalDate() from?: string;
  @ApiPropertyOptional({ description: 'default: the end of this year; at most 366 days after from' }) @IsOptional() @IsLocalDate() @SpansAtMost('from') to?: string;
  @ApiPropertyOptional({ description: 'the holidays that apply to this unit (national + its own + inherited)' }) @IsOptional() @IsUUID() unitId?: string;
}

class WorkingHoursRequest {
  @ApiProperty({ example: '07:30' }) @IsTimeOfDay() start: string;
  @ApiProperty({ example: '16:00' }) @IsTimeOfDay() end: string;
  @ApiPropertyOptional({ example: '12:00' }) @IsOptional() @IsTimeOfDay() breakStart?: string;
  @ApiPropertyOptional({ example: '13:00' }) @IsOptional() @IsTimeOfDay() breakEnd?: string;
}

class WorkScheduleRequest {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(50) code: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) name: string;
  @ApiProperty({
    description: 'ISO weekday "1" (Monday) … "7" → hours; a weekday left out is off',
    example: { '1': { start: '07:30', end: '16:00', breakStart: '12:00', breakEnd: '13:00' } },
  })
  @IsObject()
  days: Record<string, WorkingHoursRequest | null>;
}

class ShiftRequest {
  @ApiProperty({ example: 'MALAM' }) @IsString() @MinLength(1) @MaxLength(50) code: string;
  @ApiProperty({ example: 'Shift malam' }) @IsString() @MinLength(1) @MaxLength(200) name: string;
  @ApiProperty({ example: '22:00' }) @IsTimeOfDay() start: string;
  @ApiProperty({ example: '06:00', description: 'earlier than start: the shift ends the next day' }) @IsTimeOfDay() end: string;
  @ApiProperty({ example: 60 }) @IsInt() @Min(0) @Max(720) breakMinutes: number;
}

class RosterEntryRequest {
  @ApiProperty() @IsUUID() employeeId: string;
  @ApiProperty({ description: 'the date the shift starts' }) @IsLocalDate() date: string;
  @ApiProperty() @IsUUID() shiftId: string;
}

class RosterRequest {
  @ApiProperty({ type: [RosterEntryRequest] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10000)
  @ValidateNested({ each: true })
  @Type(() => RosterEntryRequest)
  entries: RosterEntryRequest[];
}

class RosterQuery {
  @ApiProperty() @IsUUID() employeeId: string;
  @ApiProperty({ example: '2026-06' }) @IsYearMonth() month: string;
}

const WEEKDAY_KEYS = ['1', '2', '3', '4', '5', '6', '7'];

@ApiTags('Organization')
@ApiBearerAuth()
@Controller()
export class CalendarController {
  constructor(
    private readonly commands: CommandPipeline,
    private readonly queries: CalendarQueries,
  ) {}

  @Post('holidays')
  @Roles('HR_ADMIN', 'UNIT_ADMIN')
  @ApiOperation({ summary: 'Add a holiday: national (no unitId, HR only) or for a unit and its sub-units' })
  @ApiCreatedResponse({ type: HolidayResponse })
  createHoliday(@CurrentActor() actor: Actor, @Body() body: HolidayRequest) {
    return this.commands.execute(new CreateHoliday(actor, body));
  }

  @Get('holidays')
  @ApiOperation({ summary: 'Holidays in a date range; with unitId, those that apply to that unit' })
  @ApiOkResponse({ type: HolidayList })
  async holidays(@Query() q: HolidayQuery) {
    return { items: await this.queries.holidays(q), next: null };
  }

  @Get('holidays/:id')
  @ApiOperation({ summary: 'One holiday' })
  @ApiOkResponse({ type: HolidayResponse })
  holiday(@Param('id', ParseUUIDPipe) id: string) {
    return this.queries.holiday(id);
  }

  @Post('work-schedules')
  @Roles('HR_ADMIN')
  @ApiOperation({ summary: 'Define office hours per weekday (assign to units with PUT /units/{id}/work-schedule)' })
  @ApiCreatedResponse({ type: WorkScheduleResponse })
  createWorkSchedule(@CurrentActor() actor: Actor, @Body() body: WorkScheduleRequest) {
    const unknown = Object.keys(body.days).filter((k) => !WEEKDAY_KEYS.includes(k));
    if (unknown.length > 0) {
      throw DomainError.validation(`days.${unknown[0]}`, 'WEEKDAY_UNKNOWN', 'days keys are ISO weekdays "1" (Monday) to "7" (Sunday)');
    }
    return this.commands.execute(new CreateWorkSchedule(actor, body as never));
  }

  @Get('work-schedules')
  @ApiOperation({ summary: 'All work schedules' })
  @ApiOkResponse({ type: WorkScheduleList })
  async workSchedules() {
    return { items: await this.queries.workSchedules(), next: null };
  }

  @Get('work-schedules/:id')
  @ApiOperation({ summary: 'One work schedule' })
  @ApiOkResponse({ type: WorkScheduleResponse })
  workSchedule(@Param('id', ParseUUIDPipe) id: string) {
    return this.queries.workSchedule(id);
  }

  @Post('shifts')
  @Roles('HR_ADMIN', 'UNIT_ADMIN')
  @ApiOperation({ summary: 'Define a shift (may end after midnight; it belongs to the date it starts)' })
  @ApiCreatedResponse({ type: ShiftResponse })
  createShift(@CurrentActor() actor: Actor, @Body() body: ShiftRequest) {
    return this.commands.execute(new CreateShift(actor, body));
  }

  @Get('shifts')
  @ApiOperation({ summary: 'All shifts' })
  @ApiOkResponse({ type: ShiftList })
  async shifts() {
    return { items: await this.queries.shifts(), next: null };
  }

  @Get('shifts/:id')
  @ApiOperation({ summary: 'One shift' })
  @ApiOkResponse({ type: ShiftResponse })
  shift(@Param('id', ParseUUIDPipe) id: string) {
    return this.queries.shift(id);
  }

  @Post('rosters')
  @Roles('HR_ADMIN', 'UNIT_ADMIN')
  @ApiOperation({ summary: 'Put employees on shifts for dates (replaces an earlier entry for the same employee and date)' })
  @ApiCreatedResponse({ type: RosterSetResponse })
  setRoster(@CurrentActor() actor: Actor, @Body() body: RosterRequest) {
    return this.commands.execute(new SetRosterEntries(actor, body.entries));
  }

  @Get('rosters')
  @ApiOperation({ summary: 'An employee’s roster for a month' })
  @ApiOkResponse({ type: RosterList })
  async roster(@CurrentActor() actor: Actor, @Query() q: RosterQuery) {
    return { items: await this.queries.roster(actor, q.employeeId, q.month), next: null };
  }
}

import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { isValidYearMonth } from '../../../../shared-kernel/year-month';
import { Actor } from '../../../../platform/auth/actor';
import { CurrentActor } from '../../../../platform/auth/decorators';
import { decodeCursor, PageQuery, toPage } from '../../../../platform/http/pagination';
import { IsLocalDate, IsYearMonth, SpansAtMost } from '../../../../platform/http/validators';
import { CommandPipeline } from '../../../../platform/write/command-pipeline';
import { ReviewActivities } from '../../application/commands/review-activities';
import { AchievementQuery } from '../../application/queries/achievement.query';
import { RealisationQuery } from '../../application/queries/realisation.query';
import { groupByEmployee, SupervisionInboxQuery, SupervisionTeamQuery } from '../../application/queries/supervision-inbox.query';
import { EMPLOYEE_ACHIEVEMENT, INBOX_PAGE, REALISATION, REVIEWED_ACTIVITIES, TEAM, UNIT_ACHIEVEMENT } from './activity-responses';

const STATUSES = ['SUBMITTED', 'APPROVED', 'REJECTED'] as const;

class InboxQuery extends PageQuery {
  @ApiPropertyOptional({ enum: STATUSES, default: 'SUBMITTED' }) @IsOptional() @IsIn(STATUSES) status?: (typeof STATUSES)[number];
  @ApiPropertyOptional() @IsOptional() @IsLocalDate() from?: string;
  @ApiPropertyOptional({ description: 'at most 366 days after from' }) @IsOptional() @IsLocalDate() @SpansAtMost('from') to?: string;
}

class ApproveManyRequest {
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(1000) @IsUUID('all', { each: true }) ids: string[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

class TeamQuery {
  @ApiProperty({ example: '2026-06' }) @IsYearMonth() month: string;
}

class RealisationRange {
  @ApiPropertyOptional({ description: 'up to this date (default: today, within the plan period)' }) @IsOptional() @IsLocalDate() to?: string;
}

function assertMonth(month: string): void {
  if (!isValidYearMonth(month)) throw DomainError.validation('month', 'isYearMonth', 'month must be a month written YYYY-MM');
}

@ApiTags('Activities')
@ApiBearerAuth()
@Controller()
export class SupervisionController {
  constructor(
    private readonly commands: CommandPipeline,
    private readonly inbox: SupervisionInboxQuery,
    private readonly team: SupervisionTeamQuery,
  ) {}

  @Get('supervision/team')
  @ApiOkResponse({ schema: TEAM })
  @ApiOperation({
    summary:
      'The people you supervised on at least one day of the month (Plt/Plh days included), each with the first and last such day in it, by name — whether or not they logged work',
  })
  async teamOf(@CurrentActor() actor: Actor, @Query() q: TeamQuery) {
    return { month: q.month, items: actor.employeeId ? await this.team.ofMonth(actor.employeeId, q.month) : [] };
  }

  @Get('supervision/activities')
  @ApiOkResponse({ schema: INBOX_PAGE })
  @ApiOperation({
    summary:
      'Activities of the people you supervised on their dates (Plt/Plh days included), oldest first, each with its employee {id, nip, name}; byEmployee groups the page per person',
  })
  async list(@CurrentActor() actor: Actor, @Query() q: InboxQuery) {
    if (!actor.employeeId) return { items: [], next: null, byEmployee: [] };
    const limit = q.limit ?? 100;
    const after = decodeCursor(q.cursor, 2) as [string, string] | null;
    const rows = await this.inbox.list(actor.employeeId, { status: q.status ?? 'SUBMITTED', from: q.from, to: q.to, after: after ?? undefined, limit });
    const page = toPage(rows, limit, (a) => [a.date, a.id]);
    return { items: page.items, next: page.next, byEmployee: groupByEmployee(page.items) };
  }

  @Post('supervision/activities/approve')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Every approved activity', schema: REVIEWED_ACTIVITIES })
  @ApiOperation({ summary: 'Approve many activities as claimed, all or nothing → {items}' })
  async approveMany(@CurrentActor() actor: Actor, @Body() body: ApproveManyRequest) {
    return { items: await this.commands.execute<unknown[]>(new ReviewActivities(actor, body.ids, { decision: 'approve', note: body.note })) };
  }
}

@ApiTags('Achievement')
@ApiBearerAuth()
@Controller()
export class AchievementController {
  constructor(
    private readonly achievement: AchievementQuery,
    private readonly realisations: RealisationQuery,
  ) {}

  @Get('employees/:id/achievement/:month')
  @ApiOkResponse({ schema: EMPLOYEE_ACHIEVEMENT })
  @ApiOperation({ summary: 'Monthly activity achievement of one employee: {month, obligedDays, targetMinutes, approvedMinutes, pendingMinutes, achievement}' })
  employee(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Param('month') month: string) {
    assertMonth(month);
    return this.achievement.ofEmployeeFor(actor, id, month);
  }

  @Get('units/:id/achievement/:month')
  @ApiOkResponse({ schema: UNIT_ACHIEVEMENT })
  @ApiOperation({ summary: "The same totals over the unit's subtree, with employees (count) and children (one per direct sub-unit)" })
  unit(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Param('month') month: string) {
    assertMonth(month);
    return this.achievement.ofUnitFor(actor, id, month);
  }

  @Get('performance-plans/:id/realisation')
  @ApiOkResponse({ schema: REALISATION })
  @ApiOperation({ summary: 'Per RHK of the approved plan: approved output and minutes year to date against each indicator target' })
  realisation(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Query() q: RealisationRange) {
    return this.realisations.ofPlan(actor, id, q.to);
  }
}

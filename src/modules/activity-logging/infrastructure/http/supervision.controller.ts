import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { Dec } from '../../../../shared-kernel/decimal';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { maxDate, minDate } from '../../../../shared-kernel/local-date';
import { isValidYearMonth, lastDayOf } from '../../../../shared-kernel/year-month';
import { localDateOf } from '../../../../shared-kernel/zone';
import { Actor } from '../../../../platform/auth/actor';
import { CurrentActor } from '../../../../platform/auth/decorators';
import { decodeCursor, PageQuery, toPage } from '../../../../platform/http/pagination';
import { IsLocalDate } from '../../../../platform/http/validators';
import { AccessPolicy } from '../../../organization/public/access-policy';
import { UnitTreeFacade } from '../../../organization/public/unit-tree.facade';
import { PlanningFacade } from '../../../performance-planning/public/planning.facade';
import { ReviewActivities } from '../../application/commands/review-activities';
import { AchievementQuery } from '../../application/queries/achievement.query';
import { SupervisionInboxQuery } from '../../application/queries/supervision-inbox.query';
import { ActivityRepository } from '../persistence/activity.repository';

const STATUSES = ['SUBMITTED', 'APPROVED', 'REJECTED'] as const;
const RATIO_PLACES = 4;

class InboxQuery extends PageQuery {
  @ApiPropertyOptional({ enum: STATUSES, default: 'SUBMITTED' }) @IsOptional() @IsIn(STATUSES) status?: (typeof STATUSES)[number];
  @ApiPropertyOptional() @IsOptional() @IsLocalDate() from?: string;
  @ApiPropertyOptional() @IsOptional() @IsLocalDate() to?: string;
}

class ApproveManyRequest {
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(1000) @IsUUID('all', { each: true }) ids: string[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

class RealisationQuery {
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
    private readonly commands: CommandBus,
    private readonly inbox: SupervisionInboxQuery,
  ) {}

  @Get('supervision/activities')
  @ApiOperation({ summary: 'Activities of the people you supervised on their dates (Plt/Plh days included), oldest first' })
  async list(@CurrentActor() actor: Actor, @Query() q: InboxQuery) {
    if (!actor.employeeId) return { items: [], next: null };
    const limit = q.limit ?? 100;
    const after = decodeCursor(q.cursor, 2) as [string, string] | null;
    const rows = await this.inbox.list(actor.employeeId, { status: q.status ?? 'SUBMITTED', from: q.from, to: q.to, after: after ?? undefined, limit });
    const page = toPage(rows, limit, (a) => [a.date, a.id]);
    return { items: page.items, next: page.next };
  }

  @Post('supervision/activities/approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve many activities as claimed, all or nothing → {items}' })
  async approveMany(@CurrentActor() actor: Actor, @Body() body: ApproveManyRequest) {
    return { items: await this.commands.execute(new ReviewActivities(actor, body.ids, { decision: 'approve', note: body.note })) };
  }
}

@ApiTags('Achievement')
@ApiBearerAuth()
@Controller()
export class AchievementController {
  constructor(
    private readonly achievement: AchievementQuery,
    private readonly access: AccessPolicy,
    private readonly unitTree: UnitTreeFacade,
    private readonly planning: PlanningFacade,
    private readonly repo: ActivityRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('employees/:id/achievement/:month')
  @ApiOperation({ summary: 'rules.md §4 for one employee and month: {month, obligedDays, targetMinutes, approvedMinutes, pendingMinutes, achievement}' })
  async employee(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Param('month') month: string) {
    assertMonth(month);
    await this.access.assertCanReadEmployee(actor, id, lastDayOf(month));
    return (await this.achievement.ofEmployees([id], month)).get(id)!;
  }

  @Get('units/:id/achievement/:month')
  @ApiOperation({ summary: "The same totals over the unit's subtree, with employees (count) and children (one per direct sub-unit)" })
  async unit(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Param('month') month: string) {
    assertMonth(month);
    if (!(await this.unitTree.unitExists(id))) throw DomainError.notFound('Unit', id);
    await this.access.assertCanReadUnit(actor, id, lastDayOf(month));
    return this.achievement.ofUnit(id, month);
  }

  @Get('performance-plans/:id/realisation')
  @ApiOperation({ summary: 'Per RHK of the approved plan: approved output and minutes year to date against each indicator target' })
  async realisation(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Query() q: RealisationQuery) {
    const header = await this.planning.planHeader(id);
    if (!header) throw DomainError.notFound('Performance plan', id);
    await this.access.assertCanReadEmployee(actor, header.employeeId);
    const approved = (await this.planning.approvedPlans([header.employeeId], header.year)).find((p) => p.planId === id);
    const to = maxDate(header.periodStart, minDate(header.periodEnd, q.to ?? localDateOf(this.clock.now(), 'Asia/Jakarta')));
    if (!approved) return { planId: id, version: null, from: header.periodStart, to, results: [] };
    const realised = await this.repo.realisation(approved.results.map((r) => r.id), header.periodStart, to);
    return {
      planId: id,
      version: approved.version,
      from: header.periodStart,
      to,
      results: approved.results.map((r) => {
        const done = realised.get(r.id) ?? { approvedQuantity: '0', approvedMinutes: 0, activities: 0 };
        return {
          resultId: r.id,
          title: r.title,
          ...done,
          // Outputs are counted against QUANTITY indicators; quality and time are judged at appraisal.
          indicators: r.indicators.map((i) => ({
            ...i,
            realised: i.aspect === 'QUANTITY' ? done.approvedQuantity : null,
            ratio: i.aspect === 'QUANTITY' ? new Dec(done.approvedQuantity).dividedBy(i.target).toDecimalPlaces(RATIO_PLACES, Dec.ROUND_HALF_UP).toFixed() : null,
          })),
        };
      }),
    };
  }
}

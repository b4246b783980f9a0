import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { localDateOf } from '../../../../shared-kernel/zone';
import { Actor } from '../../../../platform/auth/actor';
import { CurrentActor } from '../../../../platform/auth/decorators';
import { decodeCursor, PageQuery, toPage } from '../../../../platform/http/pagination';
import { IsLocalDate, IsTimeOfDay } from '../../../../platform/http/validators';
import { AccessPolicy } from '../../../organization/public/access-policy';
import { SupervisionFacade } from '../../../organization/public/supervision.facade';
import { UnitTreeFacade } from '../../../organization/public/unit-tree.facade';
import { absenceView, DecideAbsence, FileAbsence } from '../../application/commands/absences';
import { DecidePermit, FilePermit, permitView } from '../../application/commands/permits';
import { ABSENCE_TYPES, AbsenceType } from '../../domain/attendance-code';
import { PermitType } from '../../domain/permit';
import { AttendanceRepository, RequestFilter, RequestStatus } from '../persistence/attendance.repository';

const PERMIT_TYPES: PermitType[] = ['LATE_ARRIVAL', 'EARLY_LEAVE', 'MISSING_PUNCH'];
const STATUSES: RequestStatus[] = ['SUBMITTED', 'APPROVED', 'REJECTED'];

class AbsenceRequest {
  @ApiProperty() @IsUUID() employeeId: string;
  @ApiProperty({ enum: ABSENCE_TYPES }) @IsIn(ABSENCE_TYPES as unknown as string[]) type: AbsenceType;
  @ApiProperty({ example: '2026-06-10' }) @IsLocalDate() startDate: string;
  @ApiProperty({ example: '2026-06-11' }) @IsLocalDate() endDate: string;
  @ApiProperty() @IsString() @MinLength(3) @MaxLength(1000) reason: string;
}

class PermitRequest {
  @ApiProperty() @IsUUID() employeeId: string;
  @ApiProperty({ enum: PERMIT_TYPES }) @IsIn(PERMIT_TYPES) type: PermitType;
  @ApiProperty({ example: '2026-06-10' }) @IsLocalDate() date: string;
  @ApiPropertyOptional({ example: '16:05', description: 'required for MISSING_PUNCH: the local time of the punch' }) @IsOptional() @IsTimeOfDay() time?: string;
  @ApiProperty() @IsString() @MinLength(3) @MaxLength(1000) reason: string;
}

class DecideRejectionRequest {
  @ApiProperty() @IsString() @MinLength(3) @MaxLength(1000) reason: string;
}

class DecideApprovalRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

class RequestListQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() employeeId?: string;
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES) status?: RequestStatus;
  @ApiPropertyOptional() @IsOptional() @IsLocalDate() from?: string;
  @ApiPropertyOptional() @IsOptional() @IsLocalDate() to?: string;
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
    private readonly commands: CommandBus,
    private readonly repo: AttendanceRepository,
    private readonly access: AccessPolicy,
    private readonly unitTree: UnitTreeFacade,
    private readonly supervision: SupervisionFacade,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post('absences')
  @ApiOperation({ summary: 'File an absence (employee: SUBMITTED) or record one (HR / unit admin: APPROVED)' })
  fileAbsence(@CurrentActor() actor: Actor, @Body() body: AbsenceRequest) {
    return this.commands.execute(new FileAbsence(actor, body));
  }

  @Get('absences')
  @ApiOperation({ summary: 'Absences visible to the caller' })
  async absences(@CurrentActor() actor: Actor, @Query() q: RequestListQuery) {
    const limit = q.limit ?? 100;
    const rows = await this.repo.listAbsences({ ...(await this.filter(actor, q)), limit: limit + 1 });
    const page = toPage(rows, limit, (r) => [r.id]);
    return { items: page.items.map(absenceView), next: page.next };
  }

  @Get('absences/:id')
  @ApiOperation({ summary: 'One absence' })
  async absence(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    const absence = await this.repo.absence(id);
    if (!absence) throw DomainError.notFound('Absence', id);
    await this.assertCanRead(actor, absence.employeeId, absence.startDate, 'Absence', id);
    return absenceView(absence);
  }

  @Post('absences/:id/approve')
  @HttpCode(200)
  @ApiOperation({ summary: "Approve (the employee's supervisor on the start date, Plt/Plh included)" })
  approveAbsence(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: DecideApprovalRequest) {
    return this.commands.execute(new DecideAbsence(actor, id, 'APPROVED', body.note ?? null));
  }

  @Post('absences/:id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject with a reason (the supervisor on the start date)' })
  rejectAbsence(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: DecideRejectionRequest) {
    return this.commands.execute(new DecideAbsence(actor, id, 'REJECTED', body.reason));
  }

  @Post('permits')
  @ApiOperation({ summary: 'File a permit for part of a day (LATE_ARRIVAL, EARLY_LEAVE, MISSING_PUNCH with time)' })
  filePermit(@CurrentActor() actor: Actor, @Body() body: PermitRequest) {
    return this.commands.execute(new FilePermit(actor, body));
  }

  @Get('permits')
  @ApiOperation({ summary: 'Permits visible to the caller' })
  async permits(@CurrentActor() actor: Actor, @Query() q: RequestListQuery) {
    const limit = q.limit ?? 100;
    const rows = await this.repo.listPermits({ ...(await this.filter(actor, q)), limit: limit + 1 });
    const page = toPage(rows, limit, (r) => [r.id]);
    return { items: page.items.map(permitView), next: page.next };
  }

  @Get('permits/:id')
  @ApiOperation({ summary: 'One permit' })
  async permit(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    const permit = await this.repo.permit(id);
    if (!permit) throw DomainError.notFound('Permit', id);
    await this.assertCanRead(actor, permit.employeeId, permit.date, 'Permit', id);
    return permitView(permit);
  }

  @Post('permits/:id/approve')
  @HttpCode(200)
  @ApiOperation({ summary: "Approve (the employee's supervisor on the permit's date)" })
  approvePermit(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: DecideApprovalRequest) {
    return this.commands.execute(new DecidePermit(actor, id, 'APPROVED', body.note ?? null));
  }

  @Post('permits/:id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject with a reason' })
  rejectPermit(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: DecideRejectionRequest) {
    return this.commands.execute(new DecidePermit(actor, id, 'REJECTED', body.reason));
  }

  /** Someone who may not see a request learns nothing about it, not even that it exists. */
  private async assertCanRead(actor: Actor, employeeId: string, date: string, what: string, id: string): Promise<void> {
    await this.access.assertCanReadEmployee(actor, employeeId, date).catch(() => {
      throw DomainError.notFound(what, id);
    });
  }

  /** Whose requests the caller may list: one readable employee, those awaiting their decision, or their scope. */
  private async filter(actor: Actor, q: RequestListQuery): Promise<Omit<RequestFilter, 'limit'>> {
    const [afterId] = decodeCursor(q.cursor, 1) ?? [];
    const base = { status: q.status, from: q.from, to: q.to, afterId };
    const today = localDateOf(this.clock.now(), 'Asia/Jakarta');
    if (q.awaitingMyDecision) {
      const subordinates = actor.employeeId ? await this.supervision.subordinatesOn(actor.employeeId, today) : [];
      return { ...base, status: 'SUBMITTED', employeeIds: subordinates };
    }
    if (q.employeeId) {
      await this.access.assertCanReadEmployee(actor, q.employeeId);
      return { ...base, employeeIds: [q.employeeId] };
    }
    if (actor.readsEverything) return base;
    const scoped = (await Promise.all(actor.adminUnitIds.map((u) => this.unitTree.employeesInSubtree(u, today)))).flat();
    return { ...base, employeeIds: [...new Set([...(actor.employeeId ? [actor.employeeId] : []), ...scoped])] };
  }
}

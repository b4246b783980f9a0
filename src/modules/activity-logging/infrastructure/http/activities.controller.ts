import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Allow, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Actor } from '../../../../platform/auth/actor';
import { CurrentActor, Roles } from '../../../../platform/auth/decorators';
import { ApiFileResponse } from '../../../../platform/http/openapi';
import { decodeCursor, PageQuery, toPage } from '../../../../platform/http/pagination';
import { IsLocalDate, IsNotBlank, IsTimeOfDay, IsYearMonth } from '../../../../platform/http/validators';
import { CommandPipeline } from '../../../../platform/write/command-pipeline';
import { AttachEvidenceFile } from '../../application/commands/attach-evidence';
import { catalogItemView, CreateCatalogItem } from '../../application/commands/create-catalog-item';
import { ImportActivities } from '../../application/commands/import-activities';
import { CorrectActivity, LogActivity } from '../../application/commands/log-activity';
import { CorrectActivityReview } from '../../application/commands/correct-activity-review';
import { ReviewActivities } from '../../application/commands/review-activities';
import { EVIDENCE_CONTENT_TYPES, EvidenceContentType } from '../../application/ports/evidence-storage.port';
import { ActivityReads } from '../../application/queries/activity-reads.query';
import { ACTIVITY, ACTIVITY_PAGE, CATALOG_ITEM, CATALOG_PAGE, IMPORT_OUTCOME, LOGGED_ACTIVITY } from './activity-responses';

const STATUSES = ['SUBMITTED', 'APPROVED', 'REJECTED'] as const;

class CatalogItemRequest {
  @ApiProperty({ example: 'LAP-01' }) @IsString() @MinLength(1) @MaxLength(50) code: string;
  @ApiProperty({ example: 'Menyusun laporan' }) @IsString() @MinLength(1) @MaxLength(300) name: string;
  @ApiProperty({ example: 'laporan' }) @IsString() @MinLength(1) @MaxLength(50) outputUnit: string;
  @ApiProperty({ example: 60, description: 'standard effective minutes per output unit' }) @IsInt() @Min(1) @Max(450) minutesPerUnit: number;
  @ApiPropertyOptional({ description: 'omit for the global catalogue (HR); a unit item is inherited by sub-units' }) @IsOptional() @IsUUID() unitId?: string;
}

class CatalogQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'the items available in this unit (global + own + inherited)' }) @IsOptional() @IsUUID() unitId?: string;
}

class ActivityContentRequest {
  @ApiProperty({ example: '08:00' }) @IsTimeOfDay() startTime: string;
  @ApiProperty({ example: '10:00' }) @IsTimeOfDay() endTime: string;
  @ApiProperty({ example: 'LAP-01' }) @IsString() @MinLength(1) @MaxLength(50) catalogCode: string;
  @ApiProperty({ example: '2', description: 'decimal string or number, at most 2 places' }) @Allow() quantity: string | number;
  @ApiProperty() @IsString() @MaxLength(2000) description: string;
  @ApiPropertyOptional({ description: 'an RHK of your approved plan covering the date' }) @IsOptional() @IsUUID() resultId?: string;
  @ApiPropertyOptional({ description: 'instead of resultId: work outside the plan' }) @IsOptional() @IsBoolean() additionalTask?: boolean;
  @ApiPropertyOptional({ description: 'http(s) link; or upload a file with PUT /activities/{id}/evidence' }) @IsOptional() @IsString() @MaxLength(2000) evidenceUrl?: string;
}

class ActivityRequest extends ActivityContentRequest {
  @ApiProperty({ example: '2026-06-15' }) @IsLocalDate() date: string;
}

class ImportRowRequest extends ActivityRequest {
  @ApiProperty() @IsString() @MaxLength(18) nip: string;
  @ApiProperty({ enum: STATUSES }) @IsIn(STATUSES) status: (typeof STATUSES)[number];
  @ApiPropertyOptional() @IsOptional() @Allow() approvedQuantity?: string | number;
}

class ActivityListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'default: yourself' }) @IsOptional() @IsUUID() employeeId?: string;
  @ApiPropertyOptional({ example: '2026-06' }) @IsOptional() @IsYearMonth() month?: string;
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES) status?: (typeof STATUSES)[number];
}

class ApproveActivityRequest {
  @ApiPropertyOptional({ description: 'lower than claimed: needs a note' }) @IsOptional() @Allow() approvedQuantity?: string | number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

class RejectActivityRequest {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(2000) reason: string;
}

class ReviewCorrectionRequest {
  @ApiProperty({ enum: ['approve', 'reject'] }) @IsIn(['approve', 'reject']) decision: 'approve' | 'reject';
  @ApiPropertyOptional({ description: 'for approve: the quantity that counts (default: the claimed one)' }) @IsOptional() @Allow() approvedQuantity?: string | number;
  @ApiProperty({ description: 'why the review is changed afterwards (kept in the audit log)' }) @IsString() @IsNotBlank() @MaxLength(2000) reason: string;
}

@ApiTags('Activities')
@ApiBearerAuth()
@Controller()
export class ActivitiesController {
  constructor(
    private readonly commands: CommandPipeline,
    private readonly reads: ActivityReads,
  ) {}

  @Post('activity-catalog')
  @Roles('HR_ADMIN', 'UNIT_ADMIN')
  @ApiCreatedResponse({ description: 'The item added', schema: CATALOG_ITEM })
  @ApiOperation({ summary: 'Add a catalogue item: global (HR) or for a unit and its sub-units' })
  createCatalogItem(@CurrentActor() actor: Actor, @Body() body: CatalogItemRequest) {
    return this.commands.execute(new CreateCatalogItem(actor, body));
  }

  @Get('activity-catalog')
  @ApiOkResponse({ schema: CATALOG_PAGE })
  @ApiOperation({ summary: 'The catalogue; with unitId, what is available in that unit' })
  async catalog(@Query() q: CatalogQuery) {
    const limit = q.limit ?? 100;
    const [after] = decodeCursor(q.cursor, 1) ?? [];
    const page = toPage(await this.reads.catalogPage(q.unitId, after, limit), limit, (i) => [i.id]);
    return { items: page.items.map(catalogItemView), next: page.next };
  }

  @Get('activity-catalog/:id')
  @ApiOkResponse({ schema: CATALOG_ITEM })
  @ApiOperation({ summary: 'One catalogue item' })
  async catalogItem(@Param('id', ParseUUIDPipe) id: string) {
    return catalogItemView(await this.reads.catalogItem(id));
  }

  @Post('activities')
  @ApiCreatedResponse({ description: 'The activity logged', schema: LOGGED_ACTIVITY })
  @ApiOperation({ summary: 'Log your activity of a date (within the entry window, capped per day) → {id, status, claimedMinutes}' })
  log(@CurrentActor() actor: Actor, @Body() body: ActivityRequest) {
    return this.commands.execute(new LogActivity(actor, body));
  }

  @Post('activities/import')
  @HttpCode(200)
  @Roles('HR_ADMIN')
  @ApiBody({ type: [ImportRowRequest] })
  @ApiOkResponse({ description: 'How many rows were stored, and why each other row was refused', schema: IMPORT_OUTCOME })
  @ApiOperation({ summary: 'Migration import: every rule but the entry window → {accepted, rejected: [{index, code, detail}]}' })
  import(@CurrentActor() actor: Actor, @Body() body: unknown) {
    return this.commands.execute(new ImportActivities(actor, importRows(body)));
  }

  @Get('activities')
  @ApiOkResponse({ schema: ACTIVITY_PAGE })
  @ApiOperation({ summary: 'Activities of one employee (default: yourself), by month and status' })
  async list(@CurrentActor() actor: Actor, @Query() q: ActivityListQuery) {
    const limit = q.limit ?? 100;
    const after = decodeCursor(q.cursor, 2) as [string, string] | null;
    const rows = await this.reads.ofEmployee(actor, q.employeeId, { month: q.month, status: q.status, after: after ?? undefined, limit });
    return toPage(rows, limit, (a) => [a.date, a.id]);
  }

  @Get('activities/:id')
  @ApiOkResponse({ schema: ACTIVITY })
  @ApiOperation({ summary: 'One activity: its owner, their supervisor on its date, unit admins in scope, HR and auditors' })
  async get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.reads.activity(actor, id);
  }

  @Post('activities/:id/resubmit')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The activity, submitted again', schema: ACTIVITY })
  @ApiOperation({ summary: 'Correct a rejected activity and submit it again (same date; month open)' })
  resubmit(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: ActivityContentRequest) {
    return this.commands.execute(new CorrectActivity(actor, id, body));
  }

  @Put('activities/:id/evidence')
  @ApiConsumes(...EVIDENCE_CONTENT_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ description: 'The activity with its evidence file', schema: ACTIVITY })
  @ApiOperation({ summary: 'Upload evidence: the raw file as the body, Content-Type application/pdf, image/jpeg or image/png (size-limited)' })
  attachEvidence(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Req() req: FastifyRequest) {
    const type = String(req.headers['content-type'] ?? '')
      .split(';')[0]
      .trim() as EvidenceContentType;
    if (!EVIDENCE_CONTENT_TYPES.includes(type) || !Buffer.isBuffer(req.body)) {
      throw DomainError.validation('(body)', 'EVIDENCE_TYPE_UNSUPPORTED', 'Upload the file as the raw body with Content-Type application/pdf, image/jpeg or image/png.');
    }
    return this.commands.execute(new AttachEvidenceFile(actor, id, req.body, type));
  }

  @Get('activities/:id/evidence')
  @ApiOperation({ summary: 'Download the uploaded evidence file' })
  @ApiFileResponse('The evidence file as uploaded', ...EVIDENCE_CONTENT_TYPES)
  async evidence(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply) {
    const file = await this.reads.evidenceFile(actor, id);
    return reply.header('content-type', file.contentType).header('x-content-type-options', 'nosniff').send(file.content);
  }

  @Post('activities/:id/approve')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The approved activity', schema: ACTIVITY })
  @ApiOperation({ summary: "Approve (the employee's direct supervisor on the activity's date), optionally a lower quantity with a note" })
  async approve(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: ApproveActivityRequest) {
    return (await this.commands.execute<unknown[]>(new ReviewActivities(actor, [id], { decision: 'approve', ...body })))[0];
  }

  @Post('activities/:id/reject')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The rejected activity', schema: ACTIVITY })
  @ApiOperation({ summary: 'Reject with a reason (the direct supervisor on the date)' })
  async reject(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: RejectActivityRequest) {
    return (await this.commands.execute<unknown[]>(new ReviewActivities(actor, [id], { decision: 'reject', reason: body.reason })))[0];
  }

  @Post('activities/:id/review-corrections')
  @HttpCode(200)
  @Roles('HR_ADMIN')
  @ApiOkResponse({ description: 'The activity as corrected', schema: ACTIVITY })
  @ApiOperation({ summary: 'HR changes the review afterwards (approved quantity or decision), with a reason — also in a closed month, whose statement goes stale' })
  correctReview(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: ReviewCorrectionRequest) {
    return this.commands.execute(new CorrectActivityReview(actor, id, body));
  }
}

/** The import body is a bare JSON array (api.md), which the global pipe cannot type; each row is checked here. */
function importRows(body: unknown) {
  if (!Array.isArray(body) || body.length === 0 || body.length > 10_000) {
    throw DomainError.validation('(body)', 'IMPORT_BODY', 'The body is a JSON array of 1 to 10,000 activities.');
  }
  return body.map((row, index) => {
    if (typeof row !== 'object' || row === null) throw DomainError.validation(`[${index}]`, 'IMPORT_ROW', `Row ${index} is not an object.`);
    return row as ImportRowRequest;
  });
}

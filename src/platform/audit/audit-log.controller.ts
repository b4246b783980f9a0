import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Roles } from '../auth/decorators';
import { UnitOfWork } from '../database/unit-of-work';
import { decodeCursor, PageQuery, toPage } from '../http/pagination';

class AuditLogQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) targetType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) targetId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() actorId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) action?: string;
  @ApiPropertyOptional({ description: 'instant, inclusive' }) @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @ApiPropertyOptional({ description: 'instant, exclusive' }) @IsOptional() @IsISO8601({ strict: true }) to?: string;
}

interface AuditRow {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_name: string;
  request_id: string | null;
  action: string;
  target_type: string;
  target_id: string;
  reason: string | null;
  before: unknown;
  after: unknown;
}

@ApiTags('Audit')
@ApiBearerAuth()
@Controller('audit-log')
export class AuditLogController {
  constructor(private readonly uow: UnitOfWork) {}

  @Get()
  @Roles('HR_ADMIN', 'AUDITOR')
  @ApiOperation({ summary: 'Who changed what, when and why — newest first' })
  async list(@Query() q: AuditLogQuery) {
    const limit = q.limit ?? 100;
    const [after] = decodeCursor(q.cursor, 1) ?? [];
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (q.targetType) add('target_type = ?', q.targetType);
    if (q.targetId) add('target_id = ?', q.targetId);
    if (q.actorId) add('actor_id = ?', q.actorId);
    if (q.action) add('action = ?', q.action);
    if (q.from) add('at >= ?', q.from);
    if (q.to) add('at < ?', q.to);
    if (after) add('id < ?', after);
    params.push(limit + 1);
    const rows = await this.uow.query<AuditRow>(
      `SELECT * FROM platform.audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $${params.length}`,
      params,
    );
    const page = toPage(rows, limit, (r) => [String(r.id)]);
    return {
      items: page.items.map((r) => ({
        id: String(r.id),
        at: r.at.toISOString(),
        actor: { id: r.actor_id, name: r.actor_name },
        requestId: r.request_id,
        action: r.action,
        target: { type: r.target_type, id: r.target_id },
        reason: r.reason,
        before: r.before,
        after: r.after,
      })),
      next: page.next,
    };
  }
}

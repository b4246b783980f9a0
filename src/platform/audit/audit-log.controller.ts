import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Roles } from '../auth/decorators';
import { PageQuery } from '../http/pagination';
import { AuditLog } from './audit-log';

class AuditLogQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) targetType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) targetId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() actorId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) action?: string;
  @ApiPropertyOptional({ description: 'instant, inclusive' }) @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @ApiPropertyOptional({ description: 'instant, exclusive' }) @IsOptional() @IsISO8601({ strict: true }) to?: string;
}

class AuditActor {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: the system itself (a scheduled job, a migration)' }) id: string | null;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
}

class AuditTarget {
  @ApiProperty({ example: 'Employee' }) type: string;
  @ApiProperty() id: string;
}

class AuditEntry {
  @ApiProperty() id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: AuditActor }) actor: AuditActor;
  @ApiProperty({ type: String, nullable: true }) requestId: string | null;
  @ApiProperty({ example: 'CreateEmployee' }) action: string;
  @ApiProperty({ type: AuditTarget }) target: AuditTarget;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, description: 'the object before the change' }) before: unknown;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, description: 'the object after the change' }) after: unknown;
}

class AuditLogPage {
  @ApiProperty({ type: [AuditEntry] }) items: AuditEntry[];
  @ApiProperty({ type: String, nullable: true, description: 'cursor of the next page; null on the last' }) next: string | null;
}

@ApiTags('Audit')
@ApiBearerAuth()
@Controller('audit-log')
export class AuditLogController {
  constructor(private readonly audit: AuditLog) {}

  @Get()
  @Roles('HR_ADMIN', 'AUDITOR')
  @ApiOperation({ summary: 'Who changed what, when and why — newest first' })
  @ApiOkResponse({ type: AuditLogPage })
  list(@Query() q: AuditLogQuery) {
    return this.audit.search(q, q.cursor, q.limit ?? 100);
  }
}

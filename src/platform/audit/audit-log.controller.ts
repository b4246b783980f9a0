import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
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

@ApiTags('Audit')
@ApiBearerAuth()
@Controller('audit-log')
export class AuditLogController {
  constructor(private readonly audit: AuditLog) {}

  @Get()
  @Roles('HR_ADMIN', 'AUDITOR')
  @ApiOperation({ summary: 'Who changed what, when and why — newest first' })
  list(@Query() q: AuditLogQuery) {
    return this.audit.search(q, q.cursor, q.limit ?? 100);
  }
}

import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../auth/decorators';

class HealthResponse {
  @ApiProperty({ enum: ['ok', 'unavailable'] }) status: string;
  @ApiPropertyOptional({ description: 'why the service is unavailable', example: 'database unreachable' }) reason?: string;
}

@ApiTags('Health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('live')
  @ApiOperation({ summary: 'The process is up' })
  @ApiOkResponse({ type: HealthResponse })
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @HttpCode(200)
  @ApiOperation({ summary: 'The database answers and every migration is applied' })
  @ApiOkResponse({ type: HealthResponse, description: 'Ready: status ok' })
  @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'Not ready: status unavailable, with the reason' })
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    try {
      await this.dataSource.query('SELECT 1');
      const pending = await this.dataSource.showMigrations();
      if (pending) {
        reply.status(503);
        return { status: 'unavailable', reason: 'migrations pending: run npm run migration:run' };
      }
      return { status: 'ok' };
    } catch {
      reply.status(503);
      return { status: 'unavailable', reason: 'database unreachable' };
    }
  }
}

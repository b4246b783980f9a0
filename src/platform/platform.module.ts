import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { CLOCK, systemClock } from '../shared-kernel/clock';
import { AuditLog } from './audit/audit-log';
import { AuditLogController } from './audit/audit-log.controller';
import { JwtAuthGuard, PasswordChangeGuard, RolesGuard } from './auth/guards';
import { JwtStrategy } from './auth/jwt.strategy';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { RequestContextInterceptor } from './context/request-context.interceptor';
import { UnitOfWork } from './database/unit-of-work';
import { HealthController } from './health/health.controller';
import { Metrics } from './metrics/metrics';
import { MetricsController } from './metrics/metrics.controller';
import { Idempotency } from './http/idempotency';
import { JsonBodiesInterceptor } from './http/json-bodies.interceptor';
import { ProblemFilter } from './http/problem.filter';
import { IntegrationEventBus } from './outbox/integration-event-bus';
import { Outbox } from './outbox/outbox';
import { OutboxRelay } from './outbox/outbox-relay';
import { CommittedEventFeed } from './outbox/committed-event-feed';
import { DeadLetters, ReplayDeadLetterHandler } from './outbox/dead-letters';
import { DeadLettersController } from './outbox/dead-letters.controller';
import { CommandPipeline } from './write/command-pipeline';
import { IntegrationEventTranslators } from './write/integration-event-translators';

/** Cross-cutting infrastructure every module may use: transactions, outbox, audit, auth, errors, health. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: PlatformModule,
      imports: [PassportModule],
      controllers: [HealthController, MetricsController, AuditLogController, DeadLettersController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: systemClock },
        UnitOfWork,
        Outbox,
        IntegrationEventBus,
        OutboxRelay,
        CommittedEventFeed,
        DeadLetters,
        ReplayDeadLetterHandler,
        AuditLog,
        Metrics,
        Idempotency,
        IntegrationEventTranslators,
        CommandPipeline,
        JwtStrategy,
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: PasswordChangeGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_INTERCEPTOR, useClass: JsonBodiesInterceptor },
        { provide: APP_INTERCEPTOR, useClass: RequestContextInterceptor },
      ],
      exports: [
        APP_CONFIG,
        CLOCK,
        UnitOfWork,
        Outbox,
        IntegrationEventBus,
        OutboxRelay,
        CommittedEventFeed,
        AuditLog,
        Metrics,
        Idempotency,
        IntegrationEventTranslators,
        CommandPipeline,
      ],
    };
  }
}

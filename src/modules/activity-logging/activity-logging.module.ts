import type { FastifyInstance } from 'fastify';
import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '../../platform/config/app-config';
import { IntegrationEventTranslators } from '../../platform/write/integration-event-translators';
import { AttendanceModule } from '../attendance/attendance.module';
import { OrganizationModule } from '../organization/organization.module';
import { PerformancePlanningModule } from '../performance-planning/performance-planning.module';
import { AttachEvidenceFileHandler } from './application/commands/attach-evidence';
import { CreateCatalogItemHandler } from './application/commands/create-catalog-item';
import { ImportActivitiesHandler } from './application/commands/import-activities';
import { CorrectActivityHandler, LogActivityHandler } from './application/commands/log-activity';
import { CorrectActivityReviewHandler } from './application/commands/correct-activity-review';
import { ReviewActivitiesHandler } from './application/commands/review-activities';
import { EmployeeDays } from './application/employee-days';
import { EntryFactsLoader } from './application/entry-facts';
import { EntryFactsCache } from './application/entry-facts-cache';
import { registerActivityLoggingTranslators } from './application/integration-events';
import { ActivityCatalog } from './application/ports/activity-catalog';
import { ActivityReadModel } from './application/ports/activity-read-model';
import { ActivityRepository } from './application/ports/activity-repository';
import { EVIDENCE_CONTENT_TYPES, EvidenceStorage } from './application/ports/evidence-storage.port';
import { LeaveDays } from './application/ports/leave-days.port';
import { AchievementQuery } from './application/queries/achievement.query';
import { ActivityReads } from './application/queries/activity-reads.query';
import { RealisationQuery } from './application/queries/realisation.query';
import { SupervisionInboxQuery, SupervisionTeamQuery } from './application/queries/supervision-inbox.query';
import { AttendanceLeaveDays } from './infrastructure/attendance/attendance-leave-days';
import { FilesystemEvidenceStorage } from './infrastructure/evidence/filesystem-evidence-storage';
import { ActivitiesController } from './infrastructure/http/activities.controller';
import { AchievementController, SupervisionController } from './infrastructure/http/supervision.controller';
import { PgActivityCatalog } from './infrastructure/persistence/pg-activity-catalog';
import { PgActivityReadModel } from './infrastructure/persistence/pg-activity-read-model';
import { PgActivityRepository } from './infrastructure/persistence/pg-activity-repository';
import { ActivityLoggingFacade } from './public/activity-logging.facade';

@Module({
  imports: [OrganizationModule, PerformancePlanningModule, AttendanceModule],
  controllers: [ActivitiesController, SupervisionController, AchievementController],
  providers: [
    { provide: ActivityRepository, useClass: PgActivityRepository },
    { provide: ActivityCatalog, useClass: PgActivityCatalog },
    { provide: ActivityReadModel, useClass: PgActivityReadModel },
    { provide: LeaveDays, useClass: AttendanceLeaveDays },
    { provide: EvidenceStorage, useClass: FilesystemEvidenceStorage },
    EntryFactsCache,
    EmployeeDays,
    EntryFactsLoader,
    AchievementQuery,
    ActivityReads,
    RealisationQuery,
    SupervisionInboxQuery,
    SupervisionTeamQuery,
    ActivityLoggingFacade,
    CreateCatalogItemHandler,
    LogActivityHandler,
    CorrectActivityHandler,
    ReviewActivitiesHandler,
    CorrectActivityReviewHandler,
    AttachEvidenceFileHandler,
    ImportActivitiesHandler,
  ],
  exports: [ActivityLoggingFacade],
})
export class ActivityLoggingModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly translators: IntegrationEventTranslators,
  ) {}

  onModuleInit(): void {
    registerActivityLoggingTranslators(this.translators);
    this.acceptEvidenceBodies();
  }

  /** Evidence files arrive as the raw request body (no multipart): accepted as a Buffer, up to the configured size. */
  private acceptEvidenceBodies(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance?.<FastifyInstance>();
    if (!fastify?.addContentTypeParser || fastify.hasContentTypeParser(EVIDENCE_CONTENT_TYPES[0])) return;
    fastify.addContentTypeParser(
      [...EVIDENCE_CONTENT_TYPES],
      { parseAs: 'buffer', bodyLimit: this.config.evidenceMaxBytes },
      (_req: unknown, body: Buffer, done: (e: Error | null, b?: Buffer) => void) => done(null, body),
    );
  }
}

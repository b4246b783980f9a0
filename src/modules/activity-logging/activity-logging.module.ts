import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '../../platform/config/app-config';
import { AttendanceModule } from '../attendance/attendance.module';
import { OrganizationModule } from '../organization/organization.module';
import { PerformancePlanningModule } from '../performance-planning/performance-planning.module';
import { AttachEvidenceFileHandler } from './application/commands/attach-evidence';
import { CreateCatalogItemHandler } from './application/commands/create-catalog-item';
import { ImportActivitiesHandler } from './application/commands/import-activities';
import { CorrectActivityHandler, LogActivityHandler } from './application/commands/log-activity';
import { ReviewActivitiesHandler } from './application/commands/review-activities';
import { EmployeeDays } from './application/employee-days';
import { EntryFactsLoader } from './application/entry-facts';
import { EVIDENCE_CONTENT_TYPES, EvidenceStorage } from './application/ports/evidence-storage.port';
import { LeaveDays } from './application/ports/leave-days.port';
import { AttendanceLeaveDays } from './infrastructure/attendance/attendance-leave-days';
import { AchievementQuery } from './application/queries/achievement.query';
import { SupervisionInboxQuery } from './application/queries/supervision-inbox.query';
import { FilesystemEvidenceStorage } from './infrastructure/evidence/filesystem-evidence-storage';
import { ActivitiesController } from './infrastructure/http/activities.controller';
import { AchievementController, SupervisionController } from './infrastructure/http/supervision.controller';
import { ActivityRepository } from './infrastructure/persistence/activity.repository';
import { ActivityLoggingFacade } from './public/activity-logging.facade';

@Module({
  imports: [OrganizationModule, PerformancePlanningModule, AttendanceModule],
  controllers: [ActivitiesController, SupervisionController, AchievementController],
  providers: [
    ActivityRepository,
    EmployeeDays,
    EntryFactsLoader,
    AchievementQuery,
    SupervisionInboxQuery,
    ActivityLoggingFacade,
    // Attendance owns leave and TK days; bind its facade here once it exists (until then: nobody is on leave).
    { provide: LeaveDays, useClass: AttendanceLeaveDays },
    { provide: EvidenceStorage, useClass: FilesystemEvidenceStorage },
    CreateCatalogItemHandler,
    LogActivityHandler,
    CorrectActivityHandler,
    ReviewActivitiesHandler,
    AttachEvidenceFileHandler,
    ImportActivitiesHandler,
  ],
  exports: [ActivityLoggingFacade],
})
export class ActivityLoggingModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Evidence files arrive as the raw request body (no multipart): accepted as a Buffer, up to the configured size. */
  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance?.();
    if (!fastify?.addContentTypeParser || fastify.hasContentTypeParser(EVIDENCE_CONTENT_TYPES[0])) return;
    fastify.addContentTypeParser([...EVIDENCE_CONTENT_TYPES], { parseAs: 'buffer', bodyLimit: this.config.evidenceMaxBytes }, (_req: unknown, body: Buffer, done: (e: Error | null, b?: Buffer) => void) =>
      done(null, body),
    );
  }
}

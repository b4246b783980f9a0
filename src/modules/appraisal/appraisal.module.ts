import { Module } from '@nestjs/common';
import { ActivityLoggingModule } from '../activity-logging/activity-logging.module';
import { AttendanceModule } from '../attendance/attendance.module';
import { PerformancePlanningModule } from '../performance-planning/performance-planning.module';
import { OrganizationModule } from '../organization/organization.module';
import { AppraisalContext } from './application/appraisal-context';
import { AppraisalIntegrationEvents } from './application/appraisal-integration-events';
import { DecideObjectionHandler } from './application/commands/decide-objection';
import { AcknowledgeRatingHandler, FileObjectionHandler, SubmitSelfAssessmentHandler } from './application/commands/employee-steps';
import { GiveFeedbackHandler } from './application/commands/give-feedback';
import { CorrectRatingHandler, RateEmployeeHandler, ReviseRatingHandler } from './application/commands/rate-employee';
import { SetOrganisationalRatingHandler } from './application/commands/set-organisational-rating';
import { AchievementFacts } from './application/ports/achievement-facts.port';
import { AppraisalRepository } from './application/ports/appraisal.repository';
import { FeedbackRepository } from './application/ports/feedback.repository';
import { OrganisationalRatingRepository } from './application/ports/organisational-rating.repository';
import { ModuleAchievementFacts } from './infrastructure/achievement/module-achievement-facts';
import { AppraisalDocument } from './application/queries/appraisal-document';
import { AppraisalQueries } from './application/queries/appraisal-queries';
import { AppraisalPolicy } from './domain/appraisal-policy';
import { EmployeeAppraisalController, UnitAppraisalController } from './infrastructure/http/appraisal-people.controller';
import { AppraisalsController } from './infrastructure/http/appraisals.controller';
import { PgAppraisalRepository } from './infrastructure/persistence/pg-appraisal.repository';
import { PgFeedbackRepository } from './infrastructure/persistence/pg-feedback.repository';
import { PgOrganisationalRatingRepository } from './infrastructure/persistence/pg-organisational-rating.repository';
import { AppraisalFacade } from './public/appraisal.facade';

@Module({
  imports: [OrganizationModule, PerformancePlanningModule, ActivityLoggingModule, AttendanceModule],
  controllers: [AppraisalsController, EmployeeAppraisalController, UnitAppraisalController],
  providers: [
    // The default policy until remuneration's effective-dated policy versions can supply it.
    { provide: AppraisalPolicy, useValue: AppraisalPolicy.default() },
    { provide: AchievementFacts, useClass: ModuleAchievementFacts },
    { provide: AppraisalRepository, useClass: PgAppraisalRepository },
    { provide: OrganisationalRatingRepository, useClass: PgOrganisationalRatingRepository },
    { provide: FeedbackRepository, useClass: PgFeedbackRepository },
    AppraisalContext,
    AppraisalIntegrationEvents,
    AppraisalQueries,
    AppraisalDocument,
    AppraisalFacade,
    RateEmployeeHandler,
    ReviseRatingHandler,
    CorrectRatingHandler,
    SubmitSelfAssessmentHandler,
    AcknowledgeRatingHandler,
    FileObjectionHandler,
    DecideObjectionHandler,
    GiveFeedbackHandler,
    SetOrganisationalRatingHandler,
  ],
  exports: [AppraisalFacade],
})
export class AppraisalModule {}

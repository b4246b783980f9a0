import { Global, Module, OnModuleInit } from '@nestjs/common';
import { PeriodLock } from '../../platform/period-lock/period-lock';
import { IntegrationEventTranslators } from '../../platform/write/integration-event-translators';
import { ActivityLoggingModule } from '../activity-logging/activity-logging.module';
import { AppraisalModule } from '../appraisal/appraisal.module';
import { AttendanceModule } from '../attendance/attendance.module';
import { OrganizationModule } from '../organization/organization.module';
import { BeginMonthCloseHandler } from './application/commands/close/begin-month-close';
import { CompleteMonthCloseHandler } from './application/commands/close/complete-month-close';
import { ComputeStatementsChunkHandler } from './application/commands/close/compute-statements-chunk';
import { MonthClose } from './application/month-close';
import { CloseRunLock } from './application/ports/close-run-lock';
import { MonthlyInputs } from './application/ports/monthly-inputs';
import { PeriodRepository } from './application/ports/period-repository';
import { PolicyVersions } from './application/ports/policy-versions';
import { RemunerationReadModel } from './application/ports/remuneration-read-model';
import { PeriodQueries } from './application/queries/period-queries';
import { PeriodClosed, PeriodCloseBegun } from './domain/events/period-events';
import { PeriodsController } from './infrastructure/http/periods.controller';
import { ModuleMonthlyInputs } from './infrastructure/inputs/module-monthly-inputs';
import { PgCloseRunLock } from './infrastructure/persistence/pg-close-run-lock';
import { PgPeriodLock } from './infrastructure/persistence/pg-period-lock';
import { PgPeriodRepository } from './infrastructure/persistence/pg-period.repository';
import { PgPolicyVersions } from './infrastructure/persistence/pg-policy-versions';
import { PgRemunerationReadModel } from './infrastructure/persistence/pg-remuneration-read-model';
import { PERIOD_CLOSED_V1, PERIOD_CLOSING_V1, PeriodClosedV1, PeriodClosingV1, REMUNERATION_SOURCE } from './public/events';

/**
 * Global only for the month lock: every module's writers take PeriodLock (the platform port) inside their
 * transaction, and remuneration, which owns the periods, is the one that can answer it.
 */
@Global()
@Module({
  imports: [OrganizationModule, AttendanceModule, ActivityLoggingModule, AppraisalModule],
  controllers: [PeriodsController],
  providers: [
    { provide: PeriodLock, useClass: PgPeriodLock },
    { provide: PeriodRepository, useClass: PgPeriodRepository },
    { provide: PolicyVersions, useClass: PgPolicyVersions },
    { provide: CloseRunLock, useClass: PgCloseRunLock },
    { provide: RemunerationReadModel, useClass: PgRemunerationReadModel },
    { provide: MonthlyInputs, useClass: ModuleMonthlyInputs },
    MonthClose,
    PeriodQueries,
    BeginMonthCloseHandler,
    ComputeStatementsChunkHandler,
    CompleteMonthCloseHandler,
  ],
  exports: [PeriodLock],
})
export class RemunerationModule implements OnModuleInit {
  constructor(private readonly translators: IntegrationEventTranslators) {}

  onModuleInit(): void {
    this.translators.register<PeriodCloseBegun>('PeriodCloseBegun', (e) => ({
      type: PERIOD_CLOSING_V1,
      source: REMUNERATION_SOURCE,
      subject: `months/${e.month}`,
      data: { month: e.month, at: e.at } satisfies PeriodClosingV1,
    }));
    this.translators.register<PeriodClosed>('PeriodClosed', (e) => ({
      type: PERIOD_CLOSED_V1,
      source: REMUNERATION_SOURCE,
      subject: `months/${e.month}`,
      data: { month: e.month, closedAt: e.closedAt, statementCount: e.statementCount } satisfies PeriodClosedV1,
    }));
  }
}

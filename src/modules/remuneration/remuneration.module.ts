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
import { RecomputeStaleStatementsHandler } from './application/commands/close/recompute-stale-statements';
import { MonthClose } from './application/close/month-close';
import { CloseRunLock } from './application/ports/close-run-lock';
import { MonthlyInputs } from './application/ports/monthly-inputs';
import { PeriodRepository } from './application/ports/period-repository';
import { PolicyVersions } from './application/ports/policy-versions';
import { RemunerationReadModel } from './application/ports/remuneration-read-model';
import { SanctionRepository } from './application/ports/sanction-repository';
import { StatementRepository } from './application/ports/statement-repository';
import { AllowanceTableQueries } from './application/queries/allowance-table-queries';
import { PayrollEvents } from './application/queries/payroll-events';
import { EnactAllowanceTableHandler } from './application/commands/tables/enact-allowance-table';
import { AllowanceTableRepository } from './application/ports/allowance-table-repository';
import { PgAllowanceTableRepository } from './infrastructure/persistence/pg-allowance-table.repository';
import { AllowanceTableEnacted } from './domain/events/allowance-table-events';
import { RemunerationPolicyEnacted } from './domain/events/policy-events';
import { EnactRemunerationPolicyHandler } from './application/commands/policies/enact-remuneration-policy';
import { RemunerationPolicyRepository } from './application/ports/remuneration-policy-repository';
import { RemunerationPolicyQueries } from './application/queries/remuneration-policy-queries';
import { RemunerationPoliciesController } from './infrastructure/http/remuneration-policies.controller';
import { PgRemunerationPolicyRepository } from './infrastructure/persistence/pg-remuneration-policy.repository';
import { PeriodQueries } from './application/queries/period-queries';
import { SanctionQueries } from './application/queries/sanction-queries';
import { StatementQueries } from './application/queries/statement-queries';
import { ImposeSanctionHandler } from './application/commands/sanctions/impose-sanction';
import { MarkStatementsStaleHandler } from './application/commands/stale/mark-statements-stale';
import { StatementsGoStale } from './application/event-handlers/statements-go-stale';
import { MonthCloseJob } from './application/close/month-close.job';
import { PayAccess } from './application/ports/pay-access';
import { PeriodClosed, PeriodCloseBegun } from './domain/events/period-events';
import { SanctionImposed } from './domain/events/sanction-events';
import { AllowanceStatementIssued } from './domain/events/statement-events';
import { OrganizationPayAccess } from './infrastructure/access/organization-pay-access';
import { AllowanceTablesController } from './infrastructure/http/allowance-tables.controller';
import { PayrollController } from './infrastructure/http/payroll.controller';
import { PeriodsController } from './infrastructure/http/periods.controller';
import { SanctionsController } from './infrastructure/http/sanctions.controller';
import { StatementsController } from './infrastructure/http/statements.controller';
import { ModuleMonthlyInputs } from './infrastructure/inputs/module-monthly-inputs';
import { PgCloseRunLock } from './infrastructure/persistence/pg-close-run-lock';
import { PgPeriodLock } from './infrastructure/persistence/pg-period-lock';
import { PgPeriodRepository } from './infrastructure/persistence/pg-period.repository';
import { PgPolicyVersions } from './infrastructure/persistence/pg-policy-versions';
import { PgRemunerationReadModel } from './infrastructure/persistence/pg-remuneration-read-model';
import { PgSanctionRepository } from './infrastructure/persistence/pg-sanction.repository';
import { PgSanctionsInForce } from './infrastructure/persistence/pg-sanctions-in-force';
import { SanctionsInForce } from '../attendance/public/sanctions-in-force';
import { PgStatementRepository } from './infrastructure/persistence/pg-statement.repository';
import { AllowanceRegisterQueries } from './application/queries/allowance-register-queries';
import { RegisterUnits } from './application/ports/register-units';
import { OrganizationRegisterUnits } from './infrastructure/access/organization-register-units';
import { ClaimDueDeliveriesHandler } from './application/commands/webhooks/claim-due-deliveries';
import { DeletePayrollWebhookHandler } from './application/commands/webhooks/delete-payroll-webhook';
import { EnqueuePayrollDeliveriesHandler } from './application/commands/webhooks/enqueue-payroll-deliveries';
import { RecordDeliveryAttemptHandler } from './application/commands/webhooks/record-delivery-attempt';
import { RegisterPayrollWebhookHandler } from './application/commands/webhooks/register-payroll-webhook';
import { ReplayPayrollWebhookHandler } from './application/commands/webhooks/replay-payroll-webhook';
import { PayrollEventLog } from './application/ports/payroll-event-log';
import { PayrollWebhookReadModel } from './application/ports/payroll-webhook-read-model';
import { PayrollWebhookRepository } from './application/ports/payroll-webhook-repository';
import { WebhookDeliveryRepository } from './application/ports/webhook-delivery-repository';
import { WebhookSecrets } from './application/ports/webhook-secrets';
import { WebhookSender } from './application/ports/webhook-sender';
import { PayrollWebhookQueries } from './application/queries/payroll-webhook-queries';
import { PayrollWebhookWorker } from './application/webhooks/payroll-webhook.worker';
import { StatementVersionsToWebhooks } from './application/webhooks/statement-versions-to-webhooks';
import { PgPayrollEventLog } from './infrastructure/persistence/pg-payroll-event-log';
import { PgPayrollWebhookReadModel } from './infrastructure/persistence/pg-payroll-webhook-read-model';
import { PgPayrollWebhookRepository } from './infrastructure/persistence/pg-payroll-webhook.repository';
import { PgWebhookDeliveryRepository } from './infrastructure/persistence/pg-webhook-delivery.repository';
import { SealedWebhookSecrets } from './infrastructure/webhooks/sealed-webhook-secrets';
import { StandardWebhookSender } from './infrastructure/webhooks/standard-webhook-sender';
import { CloseProgressMetrics } from './infrastructure/metrics/close-progress.metrics';
import {
  ALLOWANCE_ADJUSTED_V1,
  ALLOWANCE_POSTED_V1,
  ALLOWANCE_TABLE_ENACTED_V1,
  AllowanceTableEnactedV1,
  POLICY_VERSION_ENACTED_V1,
  PolicyVersionEnactedV1,
  SANCTION_IMPOSED_V1,
  SanctionImposedV1,
  PERIOD_CLOSED_V1,
  PERIOD_CLOSING_V1,
  PeriodClosedV1,
  PeriodClosingV1,
  REMUNERATION_SOURCE,
} from './public/events';

/**
 * Global only for the ports other modules declare and only remuneration can answer: the month lock every
 * module's writers take inside their transaction (PeriodLock, a platform port), and the sanctions in force
 * attendance shows beside a discipline alert (SanctionsInForce, attendance's public port).
 */
@Global()
@Module({
  imports: [OrganizationModule, AttendanceModule, ActivityLoggingModule, AppraisalModule],
  controllers: [PeriodsController, StatementsController, SanctionsController, PayrollController, AllowanceTablesController, RemunerationPoliciesController],
  providers: [
    { provide: PeriodLock, useClass: PgPeriodLock },
    { provide: PeriodRepository, useClass: PgPeriodRepository },
    { provide: PolicyVersions, useClass: PgPolicyVersions },
    { provide: CloseRunLock, useClass: PgCloseRunLock },
    { provide: RemunerationReadModel, useClass: PgRemunerationReadModel },
    { provide: MonthlyInputs, useClass: ModuleMonthlyInputs },
    { provide: StatementRepository, useClass: PgStatementRepository },
    { provide: SanctionRepository, useClass: PgSanctionRepository },
    { provide: SanctionsInForce, useClass: PgSanctionsInForce },
    { provide: PayAccess, useClass: OrganizationPayAccess },
    MonthClose,
    MonthCloseJob,
    PeriodQueries,
    StatementQueries,
    SanctionQueries,
    PayrollEvents,
    AllowanceTableQueries,
    EnactAllowanceTableHandler,
    { provide: AllowanceTableRepository, useClass: PgAllowanceTableRepository },
    RemunerationPolicyQueries,
    EnactRemunerationPolicyHandler,
    { provide: RemunerationPolicyRepository, useClass: PgRemunerationPolicyRepository },
    ImposeSanctionHandler,
    MarkStatementsStaleHandler,
    StatementsGoStale,
    BeginMonthCloseHandler,
    ComputeStatementsChunkHandler,
    CompleteMonthCloseHandler,
    RecomputeStaleStatementsHandler,
    { provide: PayrollWebhookRepository, useClass: PgPayrollWebhookRepository },
    { provide: WebhookDeliveryRepository, useClass: PgWebhookDeliveryRepository },
    { provide: PayrollWebhookReadModel, useClass: PgPayrollWebhookReadModel },
    { provide: PayrollEventLog, useClass: PgPayrollEventLog },
    SealedWebhookSecrets,
    { provide: WebhookSecrets, useExisting: SealedWebhookSecrets },
    { provide: WebhookSender, useClass: StandardWebhookSender },
    PayrollWebhookQueries,
    AllowanceRegisterQueries,
    { provide: RegisterUnits, useClass: OrganizationRegisterUnits },
    PayrollWebhookWorker,
    StatementVersionsToWebhooks,
    RegisterPayrollWebhookHandler,
    DeletePayrollWebhookHandler,
    EnqueuePayrollDeliveriesHandler,
    ReplayPayrollWebhookHandler,
    ClaimDueDeliveriesHandler,
    RecordDeliveryAttemptHandler,
    CloseProgressMetrics,
  ],
  exports: [PeriodLock, SanctionsInForce],
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
    // Payroll reads these as CloudEvents: the outbox row's id, type, source, subject and time are the envelope.
    this.translators.register<AllowanceStatementIssued>('AllowanceStatementIssued', ({ statement }) => ({
      type: statement.version === 1 ? ALLOWANCE_POSTED_V1 : ALLOWANCE_ADJUSTED_V1,
      source: REMUNERATION_SOURCE,
      subject: `employees/${statement.employee.nip}/months/${statement.month}`,
      data: statement,
    }));
    this.translators.register<AllowanceTableEnacted>('AllowanceTableEnacted', ({ tableId, table }) => ({
      type: ALLOWANCE_TABLE_ENACTED_V1,
      source: REMUNERATION_SOURCE,
      subject: `allowance-tables/${tableId}`,
      data: { id: tableId, regulation: table.regulation, effectiveFrom: table.effectiveFrom, baseAmounts: table.baseAmounts } satisfies AllowanceTableEnactedV1,
    }));
    this.translators.register<RemunerationPolicyEnacted>('RemunerationPolicyEnacted', ({ policyId, policy }) => ({
      type: POLICY_VERSION_ENACTED_V1,
      source: REMUNERATION_SOURCE,
      subject: `remuneration-policies/${policyId}`,
      data: { id: policyId, ...policy } satisfies PolicyVersionEnactedV1,
    }));
    this.translators.register<SanctionImposed>('SanctionImposed', ({ type: _type, ...sanction }) => ({
      type: SANCTION_IMPOSED_V1,
      source: REMUNERATION_SOURCE,
      subject: `employees/${sanction.employeeId}`,
      data: sanction satisfies SanctionImposedV1,
    }));
  }
}

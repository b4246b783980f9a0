import { Module, OnModuleInit } from '@nestjs/common';
import { IntegrationEventTranslators } from '../../platform/write/integration-event-translators';
import { OrganizationModule } from '../organization/organization.module';
import { AddPlannedResultHandler, AssignResultToSubordinatesHandler } from './application/commands/add-planned-result';
import { CreateUnitTargetHandler } from './application/commands/create-unit-target';
import { ClosePlanHandler, DraftPlanHandler } from './application/commands/draft-plan';
import { ChangePlanStatusHandler } from './application/commands/plan-workflow';
import { SplitPlanAtTransferHandler } from './application/commands/split-plan-on-transfer';
import { SplitPlanOnTransfer } from './application/event-handlers/split-plan-on-transfer';
import { registerPlanningTranslators } from './application/integration-events';
import { PlanningContext } from './application/planning-context';
import { PlanRepository } from './application/ports/plan-repository';
import { PlanningReadModel } from './application/ports/planning-read-model';
import { UnitTargetRepository } from './application/ports/unit-target-repository';
import { PlanningReads } from './application/queries/planning-reads.query';
import { PlanningController } from './infrastructure/http/planning.controller';
import { PgPlanRepository } from './infrastructure/persistence/pg-plan-repository';
import { PgPlanningReadModel } from './infrastructure/persistence/pg-planning-read-model';
import { PgUnitTargetRepository } from './infrastructure/persistence/pg-unit-target-repository';
import { PlanningFacade } from './public/planning.facade';

@Module({
  imports: [OrganizationModule],
  controllers: [PlanningController],
  providers: [
    { provide: PlanRepository, useClass: PgPlanRepository },
    { provide: UnitTargetRepository, useClass: PgUnitTargetRepository },
    { provide: PlanningReadModel, useClass: PgPlanningReadModel },
    PlanningContext,
    PlanningReads,
    PlanningFacade,
    CreateUnitTargetHandler,
    DraftPlanHandler,
    ClosePlanHandler,
    AddPlannedResultHandler,
    AssignResultToSubordinatesHandler,
    ChangePlanStatusHandler,
    SplitPlanAtTransferHandler,
    SplitPlanOnTransfer,
  ],
  exports: [PlanningFacade],
})
export class PerformancePlanningModule implements OnModuleInit {
  constructor(private readonly translators: IntegrationEventTranslators) {}

  onModuleInit(): void {
    registerPlanningTranslators(this.translators);
  }
}

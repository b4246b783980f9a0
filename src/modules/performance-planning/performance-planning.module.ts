import { Module } from '@nestjs/common';
import { OrganizationModule } from '../organization/organization.module';
import { AddPlannedResultHandler, AssignResultToSubordinatesHandler } from './application/commands/add-planned-result';
import { CreateUnitTargetHandler } from './application/commands/create-unit-target';
import { ClosePlanHandler, DraftPlanHandler } from './application/commands/draft-plan';
import { ChangePlanStatusHandler } from './application/commands/plan-workflow';
import { SplitPlanOnTransfer } from './application/event-handlers/split-plan-on-transfer';
import { PlanningContext } from './application/planning-context';
import { PlanningController } from './infrastructure/http/planning.controller';
import { PlanningRepository } from './infrastructure/persistence/planning.repository';
import { PlanningFacade } from './public/planning.facade';

@Module({
  imports: [OrganizationModule],
  controllers: [PlanningController],
  providers: [
    PlanningRepository,
    PlanningContext,
    PlanningFacade,
    CreateUnitTargetHandler,
    DraftPlanHandler,
    ClosePlanHandler,
    AddPlannedResultHandler,
    AssignResultToSubordinatesHandler,
    ChangePlanStatusHandler,
    SplitPlanOnTransfer,
  ],
  exports: [PlanningFacade],
})
export class PerformancePlanningModule {}

import { Injectable, OnModuleInit } from '@nestjs/common';
import { IntegrationEventBus } from '../../../../platform/outbox/integration-event-bus';
import { CommandPipeline } from '../../../../platform/write/command-pipeline';
import { EMPLOYEE_ASSIGNED_V1, EmployeeAssignedV1 } from '../../../organization/public/events';
import { SplitPlanAtTransfer } from '../commands/split-plan-on-transfer';

/** Organization tells of a new definitive assignment; an acting one (Plt, Plh) leaves the plan as it is. */
@Injectable()
export class SplitPlanOnTransfer implements OnModuleInit {
  constructor(
    private readonly bus: IntegrationEventBus,
    private readonly commands: CommandPipeline,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe<EmployeeAssignedV1>(EMPLOYEE_ASSIGNED_V1, 'planning.split-plan-on-transfer', async ({ data }) => {
      if (data.type === 'DEFINITIVE') await this.commands.execute(new SplitPlanAtTransfer(data.employeeId, data.assignmentId, data.startDate));
    });
  }
}

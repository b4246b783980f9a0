import { Injectable, OnModuleInit } from '@nestjs/common';
import { addDays } from '../../../../shared-kernel/local-date';
import { yearMonthOf } from '../../../../shared-kernel/year-month';
import { IntegrationEvent } from '../../../../platform/outbox/integration-event';
import { IntegrationEventBus } from '../../../../platform/outbox/integration-event-bus';
import { CommandPipeline } from '../../../../platform/write/command-pipeline';
import { APPRAISAL_RATING_CHANGED_V1, AppraisalRatingChangedV1 } from '../../../appraisal/public/events';
import {
  ASSIGNMENT_ENDED_V1,
  AssignmentEndedV1,
  EMPLOYEE_ASSIGNED_V1,
  EMPLOYEE_STATUS_CHANGED_V1,
  EmployeeAssignedV1,
  EmployeeStatusChangedV1,
  POSITION_REGRADED_V1,
  PositionRegradedV1,
} from '../../../organization/public/events';
import { MarkStatementsStale } from '../commands/stale/mark-statements-stale';

/**
 * Every decision elsewhere that moves an employee's money for a month marks that month's statements stale
 * when the month is already closed, so `POST /periods/{month}/recompute` issues their next version. (A
 * sanction is remuneration's own and marks them as it is imposed.) The relay's inbox delivers each event once.
 */
@Injectable()
export class StatementsGoStale implements OnModuleInit {
  constructor(
    private readonly bus: IntegrationEventBus,
    private readonly commands: CommandPipeline,
  ) {}

  onModuleInit(): void {
    this.on<EmployeeStatusChangedV1>(EMPLOYEE_STATUS_CHANGED_V1, ({ employeeId, effectiveDate }) => [{ employeeId }, yearMonthOf(effectiveDate), null]);
    this.on<EmployeeAssignedV1>(EMPLOYEE_ASSIGNED_V1, ({ employeeId, startDate, endDate }) => [
      { employeeId },
      yearMonthOf(startDate),
      endDate === null ? null : yearMonthOf(endDate),
    ]);
    // The days after the new end are the ones no longer held.
    this.on<AssignmentEndedV1>(ASSIGNMENT_ENDED_V1, ({ employeeId, endDate }) => [{ employeeId }, yearMonthOf(addDays(endDate, 1)), null]);
    this.on<PositionRegradedV1>(POSITION_REGRADED_V1, ({ positionId, effectiveDate }) => [{ positionId }, yearMonthOf(effectiveDate), null]);
    this.bus.subscribe<AppraisalRatingChangedV1>(APPRAISAL_RATING_CHANGED_V1, `remuneration.statements-go-stale`, async (event) => {
      for (const month of [...event.data.months].sort()) await this.mark(event, { employeeId: event.data.employeeId }, month, month);
    });
  }

  private on<T>(type: string, reach: (data: T) => [MarkStatementsStale['scope'], string, string | null]): void {
    this.bus.subscribe<T>(type, 'remuneration.statements-go-stale', (event) => this.mark(event, ...reach(event.data)));
  }

  private async mark(event: IntegrationEvent<unknown>, scope: MarkStatementsStale['scope'], from: string, to: string | null): Promise<void> {
    await this.commands.execute(new MarkStatementsStale(scope, from, to, `${event.type} ${event.id}`));
  }
}

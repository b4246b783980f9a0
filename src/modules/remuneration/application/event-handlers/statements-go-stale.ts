import { Injectable, OnModuleInit } from '@nestjs/common';
import { addDays } from '../../../../shared-kernel/local-date';
import { yearMonthOf } from '../../../../shared-kernel/year-month';
import { IntegrationEventBus } from '../../../../platform/outbox/integration-event-bus';
import { CommandPipeline } from '../../../../platform/write/command-pipeline';
import { ACTIVITY_REVIEW_CORRECTED_V1, ACTIVITY_REVIEWED_V1, ActivityReviewCorrectedV1, ActivityReviewedV1 } from '../../../activity-logging/public/events';
import { APPRAISAL_RATING_CHANGED_V1, AppraisalRatingChangedV1 } from '../../../appraisal/public/events';
import {
  ABSENCE_DECIDED_V1,
  ABSENCE_DECISION_CORRECTED_V1,
  AbsenceDecidedV1,
  AbsenceDecisionCorrectedV1,
  CLOCK_EVENT_CORRECTED_V1,
  CLOCK_EVENT_VOIDED_V1,
  ClockEventCorrectedV1,
  ClockEventVoidedV1,
  PERMIT_DECIDED_V1,
  PERMIT_DECISION_CORRECTED_V1,
  PermitDecidedV1,
  PermitDecisionCorrectedV1,
} from '../../../attendance/public/events';
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
 * sanction is remuneration's own and marks them as it is imposed.) The relay's inbox delivers each event once,
 * often after the close: a decision committed before its month began closing is in the statements already
 * and marks nothing.
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
    this.on<AppraisalRatingChangedV1>(APPRAISAL_RATING_CHANGED_V1, ({ employeeId, months }) => monthsOf({ employeeId }, months));
    // A rejected absence or permit leaves its days as they were.
    this.on<AbsenceDecidedV1>(ABSENCE_DECIDED_V1, ({ employeeId, status, months }) => (status === 'APPROVED' ? monthsOf({ employeeId }, months) : null));
    this.on<PermitDecidedV1>(PERMIT_DECIDED_V1, ({ employeeId, status, months }) => (status === 'APPROVED' ? monthsOf({ employeeId }, months) : null));
    // A corrected decision changes its days whichever way it went: an approval withdrawn puts them back.
    this.on<AbsenceDecisionCorrectedV1>(ABSENCE_DECISION_CORRECTED_V1, ({ employeeId, months }) => monthsOf({ employeeId }, months));
    this.on<PermitDecisionCorrectedV1>(PERMIT_DECISION_CORRECTED_V1, ({ employeeId, months }) => monthsOf({ employeeId }, months));
    this.on<ClockEventCorrectedV1>(CLOCK_EVENT_CORRECTED_V1, ({ employeeId, month }) => [{ employeeId }, month, month]);
    this.on<ClockEventVoidedV1>(CLOCK_EVENT_VOIDED_V1, ({ employeeId, month }) => [{ employeeId }, month, month]);
    // Approved or rejected, a review changes the month's counted minutes or its unreviewed flag.
    this.on<ActivityReviewedV1>(ACTIVITY_REVIEWED_V1, ({ employeeId, month }) => [{ employeeId }, month, month]);
    this.on<ActivityReviewCorrectedV1>(ACTIVITY_REVIEW_CORRECTED_V1, ({ employeeId, month }) => [{ employeeId }, month, month]);
  }

  /** `reach`: whose statements, from which month to which (null: every later one); null: none. */
  private on<T>(type: string, reach: (data: T) => Reach | null): void {
    this.bus.subscribe<T>(type, 'remuneration.statements-go-stale', async (event, { transactionId }) => {
      const reached = reach(event.data);
      if (reached) await this.commands.execute(new MarkStatementsStale(...reached, `${event.type} ${event.id}`, transactionId));
    });
  }
}

type Reach = [MarkStatementsStale['scope'], string, string | null];

/** The months of a decision are consecutive (an absence's days, a rating period): the first to the last. */
function monthsOf(scope: MarkStatementsStale['scope'], months: readonly string[]): Reach | null {
  if (months.length === 0) return null;
  const sorted = [...months].sort();
  return [scope, sorted[0], sorted.at(-1)!];
}

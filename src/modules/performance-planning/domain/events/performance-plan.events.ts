import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';

interface PlanEventBase {
  planId: Id;
  employeeId: Id;
  year: number;
  version: number;
  occurredAt: Date;
}

export interface PerformancePlanDrafted extends PlanEventBase {
  type: 'PerformancePlanDrafted';
  periodStart: LocalDate;
  periodEnd: LocalDate;
}
export interface PlannedResultAdded extends PlanEventBase {
  type: 'PlannedResultAdded';
  resultId: Id;
}
export interface PlannedResultChanged extends PlanEventBase {
  type: 'PlannedResultChanged';
  resultId: Id;
}
export interface PlannedResultRemoved extends PlanEventBase {
  type: 'PlannedResultRemoved';
  resultId: Id;
}
export interface PerformancePlanSubmitted extends PlanEventBase {
  type: 'PerformancePlanSubmitted';
}
export interface PerformancePlanApproved extends PlanEventBase {
  type: 'PerformancePlanApproved';
  approvedBy: Id;
  periodStart: LocalDate;
  periodEnd: LocalDate;
}
export interface PerformancePlanReturned extends PlanEventBase {
  type: 'PerformancePlanReturned';
  returnedBy: Id;
  reason: string;
}
export interface PerformancePlanRevisionStarted extends PlanEventBase {
  type: 'PerformancePlanRevisionStarted';
  previousApprovedVersion: number;
}
export interface PerformancePlanClosed extends PlanEventBase {
  type: 'PerformancePlanClosed';
  periodEnd: LocalDate;
}

export type PerformancePlanEvent =
  | PerformancePlanDrafted
  | PlannedResultAdded
  | PlannedResultChanged
  | PlannedResultRemoved
  | PerformancePlanSubmitted
  | PerformancePlanApproved
  | PerformancePlanReturned
  | PerformancePlanRevisionStarted
  | PerformancePlanClosed;

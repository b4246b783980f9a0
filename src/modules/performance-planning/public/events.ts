/**
 * Integration events performance-planning publishes through the outbox. Versioned: a change of shape is a
 * new type. The subject of each is `plans/<planId>`.
 */
export const PLAN_DRAFTED_V1 = 'planning.plan-drafted.v1';
export const PLANNED_RESULT_ADDED_V1 = 'planning.planned-result-added.v1';
export const PLANNED_RESULT_CHANGED_V1 = 'planning.planned-result-changed.v1';
export const PLANNED_RESULT_REMOVED_V1 = 'planning.planned-result-removed.v1';
export const PLAN_SUBMITTED_V1 = 'planning.plan-submitted.v1';
export const PLAN_APPROVED_V1 = 'planning.plan-approved.v1';
export const PLAN_RETURNED_V1 = 'planning.plan-returned.v1';
export const PLAN_REVISION_STARTED_V1 = 'planning.plan-revision-started.v1';
export const PLAN_CLOSED_V1 = 'planning.plan-closed.v1';

/** What every plan event says of its plan; `version` is the plan's working version after the change. */
export interface PlanEventV1 {
  planId: string;
  employeeId: string;
  year: number;
  version: number;
}

export interface PlanDraftedV1 extends PlanEventV1 {
  periodStart: string;
  periodEnd: string;
}

/** A result added to, changed in or removed from the working version. */
export interface PlannedResultChangedV1 extends PlanEventV1 {
  resultId: string;
}

export type PlanSubmittedV1 = PlanEventV1;

export interface PlanApprovedV1 {
  planId: string;
  employeeId: string;
  year: number;
  version: number;
  periodStart: string;
  periodEnd: string;
}

export interface PlanReturnedV1 extends PlanEventV1 {
  returnedBy: string;
  reason: string;
}

export interface PlanRevisionStartedV1 extends PlanEventV1 {
  previousApprovedVersion: number;
}

/** The plan's period now ends on `periodEnd` (a mid-year transfer); it changes no more. */
export interface PlanClosedV1 extends PlanEventV1 {
  periodEnd: string;
}

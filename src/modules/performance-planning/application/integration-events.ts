import { IntegrationEventTranslators } from '../../../platform/write/integration-event-translators';
import { PerformancePlanEvent } from '../domain/events/performance-plan.events';
import {
  PLAN_APPROVED_V1,
  PLAN_CLOSED_V1,
  PLAN_DRAFTED_V1,
  PLAN_RETURNED_V1,
  PLAN_REVISION_STARTED_V1,
  PLAN_SUBMITTED_V1,
  PlanApprovedV1,
  PlanClosedV1,
  PlanDraftedV1,
  PLANNED_RESULT_ADDED_V1,
  PLANNED_RESULT_CHANGED_V1,
  PLANNED_RESULT_REMOVED_V1,
  PlannedResultChangedV1,
  PlanEventV1,
  PlanReturnedV1,
  PlanRevisionStartedV1,
} from '../public/events';

type EventOf<T extends PerformancePlanEvent['type']> = Extract<PerformancePlanEvent, { type: T }>;

const base = (e: PerformancePlanEvent): PlanEventV1 => ({ planId: e.planId, employeeId: e.employeeId, year: e.year, version: e.version });

/** Each plan event as the versioned contract of public/events.ts. */
const CONTRACTS: { [T in PerformancePlanEvent['type']]: [string, (e: EventOf<T>) => PlanEventV1] } = {
  PerformancePlanDrafted: [PLAN_DRAFTED_V1, (e): PlanDraftedV1 => ({ ...base(e), periodStart: e.periodStart, periodEnd: e.periodEnd })],
  PlannedResultAdded: [PLANNED_RESULT_ADDED_V1, (e): PlannedResultChangedV1 => ({ ...base(e), resultId: e.resultId })],
  PlannedResultChanged: [PLANNED_RESULT_CHANGED_V1, (e): PlannedResultChangedV1 => ({ ...base(e), resultId: e.resultId })],
  PlannedResultRemoved: [PLANNED_RESULT_REMOVED_V1, (e): PlannedResultChangedV1 => ({ ...base(e), resultId: e.resultId })],
  PerformancePlanSubmitted: [PLAN_SUBMITTED_V1, base],
  PerformancePlanApproved: [PLAN_APPROVED_V1, (e): PlanApprovedV1 => ({ ...base(e), periodStart: e.periodStart, periodEnd: e.periodEnd })],
  PerformancePlanReturned: [PLAN_RETURNED_V1, (e): PlanReturnedV1 => ({ ...base(e), returnedBy: e.returnedBy, reason: e.reason })],
  PerformancePlanRevisionStarted: [PLAN_REVISION_STARTED_V1, (e): PlanRevisionStartedV1 => ({ ...base(e), previousApprovedVersion: e.previousApprovedVersion })],
  PerformancePlanClosed: [PLAN_CLOSED_V1, (e): PlanClosedV1 => ({ ...base(e), periodEnd: e.periodEnd })],
};

export function registerPlanningTranslators(translators: IntegrationEventTranslators): void {
  for (const [domainType, [type, data]] of Object.entries(CONTRACTS) as Array<[string, [string, (e: PerformancePlanEvent) => PlanEventV1]]>) {
    translators.register<PerformancePlanEvent>(domainType, (e) => ({ type, source: 'performance-planning', subject: `plans/${e.planId}`, data: data(e) }));
  }
}

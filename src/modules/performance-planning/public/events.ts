/** Integration events performance-planning publishes through the outbox. Versioned: a change of shape is a new type. */
export const PLAN_APPROVED_V1 = 'planning.plan-approved.v1';

export interface PlanApprovedV1 {
  planId: string;
  employeeId: string;
  year: number;
  version: number;
  periodStart: string;
  periodEnd: string;
}

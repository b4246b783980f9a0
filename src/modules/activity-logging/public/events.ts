/**
 * Integration events activity logging publishes through the outbox. Versioned: a change of shape is a new
 * type. The subject of each is the employee, whose month (and allowance statement) the event touches.
 */
export const ACTIVITY_LOGGED_V1 = 'activity-logging.activity-logged.v1';
export const ACTIVITY_REVIEWED_V1 = 'activity-logging.activity-reviewed.v1';
export const ACTIVITY_RESUBMITTED_V1 = 'activity-logging.activity-resubmitted.v1';
export const ACTIVITY_REVIEW_CORRECTED_V1 = 'activity-logging.activity-review-corrected.v1';
export const CATALOG_ITEM_ADDED_V1 = 'activity-logging.catalog-item-added.v1';

export interface ActivityLoggedV1 {
  activityId: string;
  employeeId: string;
  date: string;
  month: string;
  claimedMinutes: number;
}

/** An approval (possibly of a reduced quantity) or a rejection: the minutes that now count for the month. */
export interface ActivityReviewedV1 {
  activityId: string;
  employeeId: string;
  date: string;
  month: string;
  status: 'APPROVED' | 'REJECTED';
  /** 0 when rejected. */
  approvedMinutes: number;
  reviewerId: string;
}

/** HR changed a review afterwards (possibly in a closed month), with a reason: the minutes that count now. */
export interface ActivityReviewCorrectedV1 {
  activityId: string;
  employeeId: string;
  date: string;
  month: string;
  status: 'APPROVED' | 'REJECTED';
  /** 0 when rejected. */
  approvedMinutes: number;
  /** The HR user who corrected it. */
  correctedBy: string;
  reason: string;
}

/** A rejected activity corrected by its employee and awaiting review again. */
export interface ActivityResubmittedV1 {
  activityId: string;
  employeeId: string;
  date: string;
  month: string;
  claimedMinutes: number;
}

export interface CatalogItemAddedV1 {
  itemId: string;
  code: string;
  /** null: the global catalogue. */
  unitId: string | null;
}

import { IntegrationEventTranslators } from '../../../platform/write/integration-event-translators';
import { yearMonthOf } from '../../../shared-kernel/year-month';
import { ActivityCatalogItemAdded } from '../domain/activity-catalog-item';
import { ActivityApproved, ActivityLogged, ActivityRejected, ActivityResubmitted, ActivityReviewCorrected } from '../domain/events/daily-activity.events';
import {
  ACTIVITY_LOGGED_V1,
  ACTIVITY_RESUBMITTED_V1,
  ACTIVITY_REVIEW_CORRECTED_V1,
  ACTIVITY_REVIEWED_V1,
  ActivityLoggedV1,
  ActivityResubmittedV1,
  ActivityReviewCorrectedV1,
  ActivityReviewedV1,
  CATALOG_ITEM_ADDED_V1,
  CatalogItemAddedV1,
} from '../public/events';

const SOURCE = 'activity-logging';

/** Whose month an activity event touches: the employee's, which is also the event's subject. */
const dayOf = (e: ActivityLogged | ActivityApproved | ActivityRejected | ActivityResubmitted | ActivityReviewCorrected) => ({
  activityId: e.activityId,
  employeeId: e.employeeId,
  date: e.date,
  month: yearMonthOf(e.date),
});

const reviewed = (e: ActivityApproved | ActivityRejected, approvedMinutes: number) => ({
  type: ACTIVITY_REVIEWED_V1,
  source: SOURCE,
  subject: e.employeeId,
  data: { ...dayOf(e), status: e.type === 'ActivityApproved' ? 'APPROVED' : 'REJECTED', approvedMinutes, reviewerId: e.reviewerId } satisfies ActivityReviewedV1,
});

/** How each of the module's domain events leaves it: the versioned contracts of public/events.ts. */
export function registerActivityLoggingTranslators(translators: IntegrationEventTranslators): void {
  translators.register<ActivityLogged>('ActivityLogged', (e) => ({
    type: ACTIVITY_LOGGED_V1,
    source: SOURCE,
    subject: e.employeeId,
    data: { ...dayOf(e), claimedMinutes: e.claimedMinutes } satisfies ActivityLoggedV1,
  }));
  // A reduced approval is an approval of fewer minutes: remuneration needs the minutes, not the reason.
  translators.register<ActivityApproved>('ActivityApproved', (e) => reviewed(e, e.approvedMinutes));
  translators.register<ActivityRejected>('ActivityRejected', (e) => reviewed(e, 0));
  translators.register<ActivityReviewCorrected>('ActivityReviewCorrected', (e) => ({
    type: ACTIVITY_REVIEW_CORRECTED_V1,
    source: SOURCE,
    subject: e.employeeId,
    data: { ...dayOf(e), status: e.status, approvedMinutes: e.approvedMinutes, correctedBy: e.correctedBy, reason: e.reason } satisfies ActivityReviewCorrectedV1,
  }));
  translators.register<ActivityResubmitted>('ActivityResubmitted', (e) => ({
    type: ACTIVITY_RESUBMITTED_V1,
    source: SOURCE,
    subject: e.employeeId,
    data: { ...dayOf(e), claimedMinutes: e.claimedMinutes } satisfies ActivityResubmittedV1,
  }));
  translators.register<ActivityCatalogItemAdded>('ActivityCatalogItemAdded', (e) => ({
    type: CATALOG_ITEM_ADDED_V1,
    source: SOURCE,
    subject: e.itemId,
    data: { itemId: e.itemId, code: e.code, unitId: e.unitId } satisfies CatalogItemAddedV1,
  }));
}

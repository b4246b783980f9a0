import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';

interface ActivityEventBase {
  activityId: Id;
  employeeId: Id;
  date: LocalDate;
  occurredAt: Date;
}

export interface ActivityLogged extends ActivityEventBase {
  type: 'ActivityLogged';
  claimedMinutes: number;
}
export interface ActivityApproved extends ActivityEventBase {
  type: 'ActivityApproved';
  reviewerId: Id;
  approvedQuantity: string;
  approvedMinutes: number;
}
export interface ActivityRejected extends ActivityEventBase {
  type: 'ActivityRejected';
  reviewerId: Id;
  reason: string;
}
export interface ActivityResubmitted extends ActivityEventBase {
  type: 'ActivityResubmitted';
  claimedMinutes: number;
}

/** HR changed the review afterwards (possibly in a closed month): the minutes that count now, and why. */
export interface ActivityReviewCorrected extends ActivityEventBase {
  type: 'ActivityReviewCorrected';
  status: 'APPROVED' | 'REJECTED';
  approvedQuantity: string | null;
  approvedMinutes: number;
  correctedBy: Id;
  reason: string;
}

export type DailyActivityEvent = ActivityLogged | ActivityApproved | ActivityRejected | ActivityResubmitted | ActivityReviewCorrected;

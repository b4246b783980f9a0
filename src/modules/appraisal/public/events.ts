/**
 * `appraisal.rating-changed.v1`: a new version of a rating counts from now on, whether first given,
 * revised by the appraiser or changed on objection. Remuneration marks the statements of `months` stale
 * (or corrects closed ones); an annual rating covers no month of pay, so its `months` is empty.
 */
export const APPRAISAL_RATING_CHANGED_V1 = 'appraisal.rating-changed.v1';

export interface AppraisalRatingChangedV1 {
  appraisalId: string;
  employeeId: string;
  period: string;
  kind: 'PERIODIC' | 'ANNUAL';
  months: string[];
  version: number;
  predikat: string;
  previousPredikat: string | null;
  ratingMultiplier: string;
  ratedOn: string;
}

/**
 * `appraisal.objection-filed.v1`: the employee contests a version of their rating; the appraiser's superior
 * now has a decision to make. The rating that counts does not change until it is decided.
 */
export const APPRAISAL_OBJECTION_FILED_V1 = 'appraisal.objection-filed.v1';

export interface AppraisalObjectionFiledV1 {
  appraisalId: string;
  employeeId: string;
  period: string;
  objectionNumber: number;
  againstVersion: number;
  filedOn: string;
}

/**
 * `appraisal.objection-decided.v1`: the superior upheld the contested version or changed it. A change is a
 * new version, announced on its own as `appraisal.rating-changed.v1` in the same transaction.
 */
export const APPRAISAL_OBJECTION_DECIDED_V1 = 'appraisal.objection-decided.v1';

export interface AppraisalObjectionDecidedV1 {
  appraisalId: string;
  employeeId: string;
  period: string;
  objectionNumber: number;
  outcome: 'UPHELD' | 'CHANGED';
  resultingVersion: number | null;
  decidedOn: string;
}

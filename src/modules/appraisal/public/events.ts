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

import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { OrganisationalRatingLevel } from '../organisational-rating';
import { RATING_LABELS, Rating } from '../rating';
import { RatingPeriod } from '../rating-period';

/**
 * Five organisational levels fold onto the three result ratings: Istimewa is above expectation, Baik is as
 * expected, and Butuh Perbaikan, Kurang and Sangat Kurang all mean the unit fell short of its targets,
 * which the result axis can only express as below expectation.
 */
export const RESULT_RATING_FOR_ORGANISATIONAL_RATING: Record<OrganisationalRatingLevel, Rating> = {
  ISTIMEWA: 'ABOVE',
  BAIK: 'AS_EXPECTED',
  BUTUH_PERBAIKAN: 'BELOW',
  KURANG: 'BELOW',
  SANGAT_KURANG: 'BELOW',
};

/** Whether the rated employee heads the unit, and the unit's organisational rating for the period's year. */
export type UnitHeadship = { organisationalRating: OrganisationalRatingLevel | null } | null;

/**
 * A unit head's result rating equals the unit's organisational rating [S7]. The organisational rating is
 * set once a year, so an annual rating of a head cannot be given before it exists, while a periodic rating
 * given earlier in the year is the appraiser's own judgement until it does.
 */
export class UnitHeadResultRatingMustEqualOrganisationalRatingRule implements BusinessRule {
  constructor(
    private readonly period: RatingPeriod,
    private readonly unitHeadship: UnitHeadship,
    private readonly resultRating: Rating,
  ) {}

  isBroken(): boolean {
    if (this.unitHeadship === null) return false;
    const { organisationalRating } = this.unitHeadship;
    if (organisationalRating === null) return this.period.isAnnual();
    return this.resultRating !== RESULT_RATING_FOR_ORGANISATIONAL_RATING[organisationalRating];
  }

  error(): DomainError {
    const organisationalRating = this.unitHeadship?.organisationalRating ?? null;
    if (organisationalRating === null) {
      return DomainError.rule(
        'ORGANISATIONAL_RATING_REQUIRED',
        `The annual rating of a unit head follows the unit's organisational rating for ${this.period.year}, which has not been set yet.`,
        undefined,
        { year: this.period.year },
      );
    }
    const expected = RESULT_RATING_FOR_ORGANISATIONAL_RATING[organisationalRating];
    return DomainError.rule(
      'UNIT_HEAD_RESULT_RATING_MUST_EQUAL_ORGANISATIONAL_RATING',
      `A unit head's result rating follows the unit's organisational rating (${organisationalRating}): it must be "${RATING_LABELS[expected].en}".`,
      'resultRating',
      { organisationalRating, expected: RATING_LABELS[expected].id },
    );
  }
}

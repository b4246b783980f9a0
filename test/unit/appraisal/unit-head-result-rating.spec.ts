import { AppraisalPolicy } from '../../../src/modules/appraisal/domain/appraisal-policy';
import { RatingPeriod } from '../../../src/modules/appraisal/domain/rating-period';
import {
  UnitHeadResultRatingMustEqualOrganisationalRatingRule as Rule,
  UnitHeadship,
} from '../../../src/modules/appraisal/domain/rules/unit-head-result-rating-must-equal-organisational-rating.rule';
import { Rating } from '../../../src/modules/appraisal/domain/rating';
import { checkRule } from '../../../src/shared-kernel/business-rule';
import { DomainError } from '../../../src/shared-kernel/domain-error';

const annual2026 = RatingPeriod.parse('2026', AppraisalPolicy.default());
const june2026 = RatingPeriod.parse('2026-06', AppraisalPolicy.default());

function outcome(period: RatingPeriod, headship: UnitHeadship, result: Rating): string {
  try {
    checkRule(new Rule(period, headship, result));
    return 'accepted';
  } catch (e) {
    return (e as DomainError).code;
  }
}

describe('a unit head’s result rating equals the unit’s organisational rating', () => {
  it.each`
    organisational       | accepted
    ${'ISTIMEWA'}        | ${'ABOVE'}
    ${'BAIK'}            | ${'AS_EXPECTED'}
    ${'BUTUH_PERBAIKAN'} | ${'BELOW'}
    ${'KURANG'}          | ${'BELOW'}
    ${'SANGAT_KURANG'}   | ${'BELOW'}
  `('organisational rating $organisational admits only result rating $accepted', ({ organisational, accepted }) => {
    for (const result of ['BELOW', 'AS_EXPECTED', 'ABOVE'] as const) {
      expect(outcome(annual2026, { organisationalRating: organisational }, result)).toBe(
        result === accepted ? 'accepted' : 'UNIT_HEAD_RESULT_RATING_MUST_EQUAL_ORGANISATIONAL_RATING',
      );
    }
  });

  it('does not bind an employee who is not a unit head', () => {
    expect(outcome(annual2026, null, 'ABOVE')).toBe('accepted');
  });

  it('requires the organisational rating before a head’s annual rating, but not before a periodic one', () => {
    expect(outcome(annual2026, { organisationalRating: null }, 'ABOVE')).toBe('ORGANISATIONAL_RATING_REQUIRED');
    expect(outcome(june2026, { organisationalRating: null }, 'ABOVE')).toBe('accepted');
  });

  it('also binds a periodic rating once the organisational rating is known', () => {
    expect(outcome(june2026, { organisationalRating: 'BAIK' }, 'ABOVE')).toBe('UNIT_HEAD_RESULT_RATING_MUST_EQUAL_ORGANISATIONAL_RATING');
  });
});

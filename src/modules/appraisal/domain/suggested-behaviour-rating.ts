import { BERAKHLAK_VALUES } from './berakhlak';
import { BehaviourAssessment } from './behaviour-assessment';
import { RATINGS, Rating } from './rating';

/**
 * A hint for the appraiser, never a constraint: the overall behaviour rating is the appraiser's own
 * judgement (PermenPANRB 6/2022 has no formula from values to the overall rating).
 *
 * Only offered when all seven values are rated, because a partial assessment would over-weight the values
 * the appraiser happened to fill in. The median is used rather than a majority vote: with seven ordinal
 * ratings it always exists, and it does not jump to an extreme when the ratings are split (3 below,
 * 1 as expected, 3 above suggests "as expected").
 */
export function suggestedBehaviourRating(assessment: BehaviourAssessment): Rating | null {
  if (!assessment.isComplete()) return null;
  const ranks = assessment.entries.map((e) => RATINGS.indexOf(e.rating)).sort((a, b) => a - b);
  return RATINGS[ranks[Math.floor(BERAKHLAK_VALUES.length / 2)]];
}

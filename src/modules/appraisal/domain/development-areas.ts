import { BerakhlakValue } from './berakhlak';
import { BehaviourAssessment } from './behaviour-assessment';

/** The BerAKHLAK values rated below expectation: where a development plan should start. */
export function suggestedDevelopmentAreas(behaviours: BehaviourAssessment): BerakhlakValue[] {
  return behaviours.entries.filter((e) => e.rating === 'BELOW').map((e) => e.value);
}

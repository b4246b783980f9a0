import { DomainError } from '../../../shared-kernel/domain-error';
import { BERAKHLAK_VALUES, BerakhlakValue, isBerakhlakValue } from './berakhlak';
import { Rating, isRating } from './rating';

export interface BehaviourValueAssessment {
  readonly value: BerakhlakValue;
  readonly rating: Rating;
  readonly note: string | null;
}

export interface BehaviourValueAssessmentInput {
  value: string;
  rating: string;
  note?: string | null;
}

/**
 * The appraiser's optional per-value detail behind the overall behaviour rating: any subset of the seven
 * BerAKHLAK values, each at most once, with a rating and an optional note.
 */
export class BehaviourAssessment {
  private constructor(private readonly byValue: ReadonlyMap<BerakhlakValue, BehaviourValueAssessment>) {}

  static none(): BehaviourAssessment {
    return new BehaviourAssessment(new Map());
  }

  static of(inputs: readonly BehaviourValueAssessmentInput[]): BehaviourAssessment {
    const byValue = new Map<BerakhlakValue, BehaviourValueAssessment>();
    inputs.forEach((input, index) => {
      if (!isBerakhlakValue(input.value)) {
        throw DomainError.validation(
          `behaviours[${index}].value`,
          'UNKNOWN_BERAKHLAK_VALUE',
          `"${input.value}" is not a BerAKHLAK value; use one of ${BERAKHLAK_VALUES.join(', ')}.`,
        );
      }
      if (!isRating(input.rating)) {
        throw DomainError.validation(`behaviours[${index}].rating`, 'INVALID_RATING', `"${input.rating}" is not a rating; use BELOW, AS_EXPECTED or ABOVE.`);
      }
      if (byValue.has(input.value)) {
        throw DomainError.validation(`behaviours[${index}].value`, 'DUPLICATE_BERAKHLAK_VALUE', `${input.value} is rated more than once.`, { value: input.value });
      }
      const note = input.note?.trim() ? input.note.trim() : null;
      byValue.set(input.value, { value: input.value, rating: input.rating, note });
    });
    return new BehaviourAssessment(byValue);
  }

  /** In BerAKHLAK order, whatever order they were given in. */
  get entries(): BehaviourValueAssessment[] {
    return BERAKHLAK_VALUES.flatMap((value) => {
      const entry = this.byValue.get(value);
      return entry ? [entry] : [];
    });
  }

  ratingOf(value: BerakhlakValue): Rating | null {
    return this.byValue.get(value)?.rating ?? null;
  }

  isComplete(): boolean {
    return this.byValue.size === BERAKHLAK_VALUES.length;
  }
}

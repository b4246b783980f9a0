import { DomainError } from '../../../shared-kernel/domain-error';
import { parsePositiveDecimal, requireText } from './input-parsing';

/**
 * The aspect an indicator (IKI) measures, after PP 46/2011 and PermenPANRB 6/2022: quantity of output,
 * quality (0–100) or time (months).
 */
export const INDICATOR_ASPECTS = ['QUANTITY', 'QUALITY', 'TIME'] as const;
export type IndicatorAspect = (typeof INDICATOR_ASPECTS)[number];

export interface IndicatorInput {
  aspect: IndicatorAspect;
  name: string;
  target: string | number;
  unit: string;
}

const MAX_QUALITY = 100;
const MONTHS_IN_YEAR = 12;

export class Indicator {
  private constructor(
    readonly aspect: IndicatorAspect,
    readonly name: string,
    /** Exact decimal string, e.g. "12" or "2.5". */
    readonly target: string,
    readonly unit: string,
  ) {}

  static create(input: IndicatorInput, field = 'indicators'): Indicator {
    if (!INDICATOR_ASPECTS.includes(input.aspect)) {
      throw DomainError.validation(`${field}.aspect`, 'UNKNOWN_INDICATOR_ASPECT', `aspect must be one of ${INDICATOR_ASPECTS.join(', ')}.`);
    }
    const target = parsePositiveDecimal(input.target, `${field}.target`);
    if (input.aspect === 'QUALITY' && target.greaterThan(MAX_QUALITY)) {
      throw DomainError.validation(`${field}.target`, 'QUALITY_TARGET_ABOVE_100', 'A quality target is a score of at most 100.');
    }
    if (input.aspect === 'TIME' && target.greaterThan(MONTHS_IN_YEAR)) {
      throw DomainError.validation(`${field}.target`, 'TIME_TARGET_ABOVE_12_MONTHS', 'A time target is at most 12 months.');
    }
    return new Indicator(input.aspect, requireText(input.name, `${field}.name`), target.toFixed(), requireText(input.unit, `${field}.unit`, 50));
  }

  toInput(): IndicatorInput {
    return { aspect: this.aspect, name: this.name, target: this.target, unit: this.unit };
  }
}

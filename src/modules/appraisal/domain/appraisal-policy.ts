import { Dec } from '../../../shared-kernel/decimal';
import { DomainError } from '../../../shared-kernel/domain-error';
import { LocalDate, addDays } from '../../../shared-kernel/local-date';
import { PREDIKATS, Predikat } from './predikat';

/**
 * Period lengths that tile the SKP year exactly, so that every periodic rating belongs to one year and
 * the year's last period ends in December, where the annual rating closes it. Twelve is left out: a
 * twelve-month "periodic" rating would duplicate the annual one.
 */
export const PERIOD_LENGTHS_IN_MONTHS = [1, 2, 3, 4, 6] as const;

export interface AppraisalPolicyProps {
  periodLengthMonths: number;
  objectionWindowDays: number;
  /** Decimal strings, so that a policy read from storage or the admin API never passes through a float. */
  ratingMultipliers: Record<Predikat, string>;
}

export const DEFAULT_APPRAISAL_POLICY_PROPS: AppraisalPolicyProps = {
  periodLengthMonths: 1,
  objectionWindowDays: 14,
  ratingMultipliers: {
    SANGAT_BAIK: '1.00',
    BAIK: '1.00',
    BUTUH_PERBAIKAN: '0.90',
    KURANG: '0.80',
    SANGAT_KURANG: '0.70',
  },
};

/** The appraisal parameters of one effective-dated policy version (rules.md §4 and §7). */
export class AppraisalPolicy {
  private constructor(private readonly props: AppraisalPolicyProps) {}

  static default(): AppraisalPolicy {
    return AppraisalPolicy.of(DEFAULT_APPRAISAL_POLICY_PROPS);
  }

  static of(props: AppraisalPolicyProps): AppraisalPolicy {
    if (!(PERIOD_LENGTHS_IN_MONTHS as readonly number[]).includes(props.periodLengthMonths)) {
      throw DomainError.validation(
        'periodLengthMonths',
        'INVALID_PERIOD_LENGTH',
        `A rating period is ${PERIOD_LENGTHS_IN_MONTHS.join(', ')} months long, not ${props.periodLengthMonths}.`,
      );
    }
    if (!Number.isInteger(props.objectionWindowDays) || props.objectionWindowDays < 0) {
      throw DomainError.validation('objectionWindowDays', 'INVALID_OBJECTION_WINDOW', 'The objection window is a whole number of days, zero or more.');
    }
    const ratingMultipliers = {} as Record<Predikat, string>;
    for (const predikat of PREDIKATS) {
      const raw = props.ratingMultipliers[predikat];
      let multiplier: Dec;
      try {
        multiplier = new Dec(raw);
      } catch {
        multiplier = new Dec(NaN);
      }
      if (!multiplier.isFinite() || multiplier.isNegative() || multiplier.greaterThan(1)) {
        throw DomainError.validation(
          `ratingMultipliers.${predikat}`,
          'INVALID_RATING_MULTIPLIER',
          `The rating multiplier for ${predikat} must be a decimal from 0 to 1, not "${raw}".`,
        );
      }
      ratingMultipliers[predikat] = raw;
    }
    return new AppraisalPolicy({ ...props, ratingMultipliers });
  }

  get periodLengthMonths(): number {
    return this.props.periodLengthMonths;
  }

  get objectionWindowDays(): number {
    return this.props.objectionWindowDays;
  }

  ratingMultiplierFor(predikat: Predikat): Dec {
    return new Dec(this.props.ratingMultipliers[predikat]);
  }

  /** The window counts calendar days, and the day of the rating is day 0, so its last day is included. */
  lastDayToObject(ratedOn: LocalDate): LocalDate {
    return addDays(ratedOn, this.props.objectionWindowDays);
  }

  toProps(): AppraisalPolicyProps {
    return { ...this.props, ratingMultipliers: { ...this.props.ratingMultipliers } };
  }
}

import { DomainError } from '../../../shared-kernel/domain-error';
import { Id } from '../../../shared-kernel/ids';

/**
 * The unit's performance for a year (*capaian kinerja organisasi*), step 1 of the 6/2022 appraisal: it
 * sets the expected distribution of its employees' predikats and fixes its head's result rating.
 * Butuh Perbaikan is called "Cukup" in some sources.
 */
export const ORGANISATIONAL_RATING_LEVELS = ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type OrganisationalRatingLevel = (typeof ORGANISATIONAL_RATING_LEVELS)[number];

export const ORGANISATIONAL_RATING_LABELS: Record<OrganisationalRatingLevel, { id: string; en: string }> = {
  ISTIMEWA: { id: 'Istimewa', en: 'Exceptional' },
  BAIK: { id: 'Baik', en: 'Good' },
  BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs improvement' },
  KURANG: { id: 'Kurang', en: 'Poor' },
  SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very poor' },
};

export function isOrganisationalRatingLevel(value: unknown): value is OrganisationalRatingLevel {
  return typeof value === 'string' && (ORGANISATIONAL_RATING_LEVELS as readonly string[]).includes(value);
}

export class OrganisationalRating {
  private constructor(
    readonly unitId: Id,
    readonly year: number,
    readonly level: OrganisationalRatingLevel,
  ) {}

  static of(props: { unitId: Id; year: number; level: string }): OrganisationalRating {
    if (!Number.isInteger(props.year) || props.year < 1000 || props.year > 9999) {
      throw DomainError.validation('year', 'INVALID_YEAR', `${props.year} is not a year.`);
    }
    if (!isOrganisationalRatingLevel(props.level)) {
      throw DomainError.validation(
        'rating',
        'INVALID_ORGANISATIONAL_RATING',
        `"${props.level}" is not an organisational rating; use one of ${ORGANISATIONAL_RATING_LEVELS.join(', ')}.`,
      );
    }
    return new OrganisationalRating(props.unitId, props.year, props.level);
  }
}

import { Dec } from '../../../shared-kernel/decimal';
import { Percent } from '../../../shared-kernel/percent';
import { PREDIKAT_LABELS, Predikat } from './predikat';
import { ORGANISATIONAL_RATING_LABELS, OrganisationalRatingLevel } from './organisational-rating';

/**
 * One condition of the guidance on a unit's predikat sheet: the combined share of `predikats` is at most
 * or at least `percent`, or (SOME) at least one employee has one of them.
 */
export type DistributionCondition =
  { code: string; bound: 'AT_MOST' | 'AT_LEAST'; predikats: Predikat[]; percent: string } | { code: string; bound: 'SOME'; predikats: Predikat[] };

export type DistributionGuidance = Record<OrganisationalRatingLevel, DistributionCondition[]>;

/**
 * The guidance of domain-research §4.1 [S6]. "Must have some" Butuh Perbaikan and/or Kurang under an
 * organisational rating of Baik means at least one such employee; "no Sangat Baik" is a 0 % ceiling.
 */
export const DEFAULT_DISTRIBUTION_GUIDANCE: DistributionGuidance = {
  ISTIMEWA: [{ code: 'SANGAT_BAIK_ABOVE_MAXIMUM', bound: 'AT_MOST', predikats: ['SANGAT_BAIK'], percent: '70' }],
  BAIK: [
    { code: 'BAIK_ABOVE_MAXIMUM', bound: 'AT_MOST', predikats: ['BAIK'], percent: '70' },
    { code: 'NO_BUTUH_PERBAIKAN_OR_KURANG', bound: 'SOME', predikats: ['BUTUH_PERBAIKAN', 'KURANG'] },
  ],
  BUTUH_PERBAIKAN: [
    { code: 'BUTUH_PERBAIKAN_BELOW_MINIMUM', bound: 'AT_LEAST', predikats: ['BUTUH_PERBAIKAN'], percent: '60' },
    { code: 'SANGAT_BAIK_ABOVE_MAXIMUM', bound: 'AT_MOST', predikats: ['SANGAT_BAIK'], percent: '10' },
  ],
  KURANG: [
    { code: 'KURANG_BELOW_MINIMUM', bound: 'AT_LEAST', predikats: ['KURANG'], percent: '60' },
    { code: 'BUTUH_PERBAIKAN_BELOW_MINIMUM', bound: 'AT_LEAST', predikats: ['BUTUH_PERBAIKAN'], percent: '10' },
    { code: 'SANGAT_BAIK_ABOVE_MAXIMUM', bound: 'AT_MOST', predikats: ['SANGAT_BAIK'], percent: '10' },
  ],
  SANGAT_KURANG: [
    { code: 'SANGAT_KURANG_BELOW_MINIMUM', bound: 'AT_LEAST', predikats: ['SANGAT_KURANG'], percent: '60' },
    {
      code: 'KURANG_OR_BUTUH_PERBAIKAN_BELOW_MINIMUM',
      bound: 'AT_LEAST',
      predikats: ['KURANG', 'BUTUH_PERBAIKAN'],
      percent: '10',
    },
    { code: 'SANGAT_BAIK_PRESENT', bound: 'AT_MOST', predikats: ['SANGAT_BAIK'], percent: '0' },
  ],
};

export interface DistributionWarning {
  code: string;
  message: string;
  predikats: Predikat[];
  /** The actual share in percent, to the Dec precision (a third is 33.333…). */
  share: Percent;
  limit: Percent | null;
}

/**
 * Checks a unit's predikats against the guidance for its organisational rating. The guidance is advice to
 * the appraisers, not law on each employee, so it only ever warns (domain-research §4.1 [D]). A unit with
 * no predikats yet has no distribution to judge and gets no warning.
 */
export function checkDistribution(
  orgRating: OrganisationalRatingLevel,
  predikats: readonly Predikat[],
  guidance: DistributionGuidance = DEFAULT_DISTRIBUTION_GUIDANCE,
): DistributionWarning[] {
  if (predikats.length === 0) return [];
  return guidance[orgRating].flatMap((condition) => {
    const count = predikats.filter((p) => condition.predikats.includes(p)).length;
    // Bounds are compared as count × 100 against limit × total, so a share such as 1/3 that no decimal
    // represents exactly never decides a borderline case; the divided share is only reported.
    const scaledCount = new Dec(count).times(100);
    const share = scaledCount.dividedBy(predikats.length);
    const scaledLimit = (percent: string) => new Dec(percent).times(predikats.length);
    const names = condition.predikats.map((p) => PREDIKAT_LABELS[p].id).join(' or ');
    const org = ORGANISATIONAL_RATING_LABELS[orgRating].id;
    const shown = `${share.toDecimalPlaces(2).toFixed()} %`;
    switch (condition.bound) {
      case 'SOME':
        if (count > 0) return [];
        return [warning(condition, Percent.of(share), null, `No employee is rated ${names}; the guidance for an organisational rating of ${org} expects some.`)];
      case 'AT_MOST':
        if (scaledCount.lessThanOrEqualTo(scaledLimit(condition.percent))) return [];
        return [
          warning(
            condition,
            Percent.of(share),
            Percent.of(condition.percent),
            `${names} is ${shown} of the unit; the guidance for an organisational rating of ${org} is at most ${condition.percent} %.`,
          ),
        ];
      case 'AT_LEAST':
        if (scaledCount.greaterThanOrEqualTo(scaledLimit(condition.percent))) return [];
        return [
          warning(
            condition,
            Percent.of(share),
            Percent.of(condition.percent),
            `${names} is ${shown} of the unit; the guidance for an organisational rating of ${org} is at least ${condition.percent} %.`,
          ),
        ];
    }
  });
}

function warning(condition: DistributionCondition, share: Percent, limit: Percent | null, message: string): DistributionWarning {
  return { code: condition.code, message, predikats: [...condition.predikats], share, limit };
}

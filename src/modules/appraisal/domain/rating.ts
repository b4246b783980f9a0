/**
 * The appraiser's three-level judgement (PermenPANRB 6/2022), used for both the work-result rating
 * (*rating hasil kerja*) and the work-behaviour rating (*rating perilaku kerja*).
 */
export const RATINGS = ['BELOW', 'AS_EXPECTED', 'ABOVE'] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_LABELS: Record<Rating, { id: string; en: string }> = {
  BELOW: { id: 'Di bawah ekspektasi', en: 'Below expectation' },
  AS_EXPECTED: { id: 'Sesuai ekspektasi', en: 'As expected' },
  ABOVE: { id: 'Di atas ekspektasi', en: 'Above expectation' },
};

export function isRating(value: unknown): value is Rating {
  return typeof value === 'string' && (RATINGS as readonly string[]).includes(value);
}

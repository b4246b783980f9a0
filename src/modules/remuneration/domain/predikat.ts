/**
 * The month's periodic rating label (*predikat kinerja*, rules.md §7) as appraisal publishes it; the
 * remuneration domain keeps its own copy because a module never imports another's domain.
 */
export const PREDIKATS = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type Predikat = (typeof PREDIKATS)[number];

export function isPredikat(value: unknown): value is Predikat {
  return typeof value === 'string' && (PREDIKATS as readonly string[]).includes(value);
}

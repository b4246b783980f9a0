/** The performance label (*predikat kinerja*) that follows from the two ratings. */
export const PREDIKATS = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type Predikat = (typeof PREDIKATS)[number];

export const PREDIKAT_LABELS: Record<Predikat, { id: string; en: string }> = {
  SANGAT_BAIK: { id: 'Sangat Baik', en: 'Outstanding' },
  BAIK: { id: 'Baik', en: 'Good' },
  BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs improvement' },
  KURANG: { id: 'Kurang', en: 'Poor (misconduct)' },
  SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very poor' },
};

export function isPredikat(value: unknown): value is Predikat {
  return typeof value === 'string' && (PREDIKATS as readonly string[]).includes(value);
}

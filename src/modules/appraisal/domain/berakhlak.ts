/**
 * The seven BerAKHLAK core values of the civil service (SE MenPANRB 20/2021), the dimensions of work
 * behaviour (*perilaku kerja*). The order is the acronym's, which is how forms and reports list them.
 */
export const BERAKHLAK_VALUES = ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'] as const;
export type BerakhlakValue = (typeof BERAKHLAK_VALUES)[number];

export const BERAKHLAK_LABELS: Record<BerakhlakValue, { id: string; en: string }> = {
  BERORIENTASI_PELAYANAN: { id: 'Berorientasi Pelayanan', en: 'Service-oriented' },
  AKUNTABEL: { id: 'Akuntabel', en: 'Accountable' },
  KOMPETEN: { id: 'Kompeten', en: 'Competent' },
  HARMONIS: { id: 'Harmonis', en: 'Harmonious' },
  LOYAL: { id: 'Loyal', en: 'Loyal' },
  ADAPTIF: { id: 'Adaptif', en: 'Adaptive' },
  KOLABORATIF: { id: 'Kolaboratif', en: 'Collaborative' },
};

export function isBerakhlakValue(value: unknown): value is BerakhlakValue {
  return typeof value === 'string' && (BERAKHLAK_VALUES as readonly string[]).includes(value);
}

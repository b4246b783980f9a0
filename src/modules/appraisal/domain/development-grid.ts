import { Id } from '../../../shared-kernel/ids';
import { Rating } from './rating';

/**
 * The 3×3 development grid: work results (rows) against work behaviour (columns), the same axes as the
 * predikat matrix, so that a unit's follow-up (*tindak lanjut*) can see who needs what kind of
 * development. The cell names are our own talent-box labels [D]; no regulation names these nine cells.
 *
 * | results \ behaviour | below                  | as expected        | above          |
 * |---------------------|------------------------|--------------------|----------------|
 * | above               | RESULTS_WITHOUT_VALUES | HIGH_PERFORMER     | STAR           |
 * | as expected         | BEHAVIOUR_CONCERN      | CORE_CONTRIBUTOR   | ROLE_MODEL     |
 * | below               | ACTION_REQUIRED        | UNDERPERFORMER     | ENGAGED_UNDERPERFORMER |
 */
export const TALENT_BOXES = [
  'STAR',
  'HIGH_PERFORMER',
  'RESULTS_WITHOUT_VALUES',
  'ROLE_MODEL',
  'CORE_CONTRIBUTOR',
  'BEHAVIOUR_CONCERN',
  'ENGAGED_UNDERPERFORMER',
  'UNDERPERFORMER',
  'ACTION_REQUIRED',
] as const;
export type TalentBox = (typeof TALENT_BOXES)[number];

export const TALENT_BOX_DESCRIPTIONS: Record<TalentBox, { id: string; en: string }> = {
  STAR: { id: 'Bintang: siapkan untuk peran lebih besar', en: 'Star: prepare for a larger role' },
  HIGH_PERFORMER: { id: 'Kinerja tinggi: kembangkan perilaku', en: 'High performer: develop behaviour to match the results' },
  RESULTS_WITHOUT_VALUES: {
    id: 'Hasil tanpa nilai BerAKHLAK: pembinaan perilaku segera',
    en: 'Results without the values: behaviour is the urgent issue (predikat Kurang)',
  },
  ROLE_MODEL: { id: 'Teladan perilaku: kembangkan hasil kerja', en: 'Role model: stretch the work results' },
  CORE_CONTRIBUTOR: { id: 'Kontributor inti: pertahankan dan kembangkan', en: 'Core contributor: sustain and grow' },
  BEHAVIOUR_CONCERN: { id: 'Perilaku perlu dibina', en: 'Behaviour concern: coach on the values rated below' },
  ENGAGED_UNDERPERFORMER: {
    id: 'Perilaku baik, hasil kurang: dukungan kompetensi',
    en: 'Engaged underperformer: competence support, perhaps a better-fitting role',
  },
  UNDERPERFORMER: { id: 'Hasil kerja perlu perbaikan', en: 'Underperformer: a plan to improve results' },
  ACTION_REQUIRED: { id: 'Perlu tindakan: hasil dan perilaku', en: 'Action required on both results and behaviour' },
};

const GRID: Record<Rating, Record<Rating, TalentBox>> = {
  ABOVE: { BELOW: 'RESULTS_WITHOUT_VALUES', AS_EXPECTED: 'HIGH_PERFORMER', ABOVE: 'STAR' },
  AS_EXPECTED: { BELOW: 'BEHAVIOUR_CONCERN', AS_EXPECTED: 'CORE_CONTRIBUTOR', ABOVE: 'ROLE_MODEL' },
  BELOW: { BELOW: 'ACTION_REQUIRED', AS_EXPECTED: 'UNDERPERFORMER', ABOVE: 'ENGAGED_UNDERPERFORMER' },
};

export function talentBoxFor(resultRating: Rating, behaviourRating: Rating): TalentBox {
  return GRID[resultRating][behaviourRating];
}

export interface RatedEmployee {
  employeeId: Id;
  resultRating: Rating;
  behaviourRating: Rating;
}

/** Every box is present, empty or not, so that a report shows the whole grid. */
export function placeInDevelopmentGrid(employees: readonly RatedEmployee[]): Record<TalentBox, Id[]> {
  const grid = Object.fromEntries(TALENT_BOXES.map((box) => [box, [] as Id[]])) as Record<TalentBox, Id[]>;
  for (const e of employees) grid[talentBoxFor(e.resultRating, e.behaviourRating)].push(e.employeeId);
  return grid;
}

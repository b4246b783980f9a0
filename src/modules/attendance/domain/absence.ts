import { LocalDate } from '../../../shared-kernel/local-date';
import { AbsenceType } from './attendance-code';

/** A full-day absence (leave, official duty, permission) over an inclusive range of local dates. */
export interface Absence {
  readonly id?: string;
  readonly type: AbsenceType;
  readonly startDate: LocalDate;
  readonly endDate: LocalDate;
}

export function absenceCovers(absence: Absence, date: LocalDate): boolean {
  return absence.startDate <= date && date <= absence.endDate;
}

import { DomainError } from '../../../shared-kernel/domain-error';
import { Id } from '../../../shared-kernel/ids';
import { LocalDate, isValidLocalDate } from '../../../shared-kernel/local-date';

export interface Holiday {
  readonly id: Id;
  readonly date: LocalDate;
  readonly name: string;
  /** Null for a national holiday; otherwise it applies to this unit and all its sub-units. */
  readonly unitId: Id | null;
  /** Cuti bersama: the office closes, but attendance counts the day against annual leave. */
  readonly collectiveLeave: boolean;
}

export interface NewHoliday {
  id: Id;
  date: unknown;
  name: string;
  unitId?: Id | null;
  collectiveLeave?: boolean;
}

export function createHoliday(props: NewHoliday): Holiday {
  if (!isValidLocalDate(props.date)) {
    throw DomainError.validation('date', 'HOLIDAY_DATE_INVALID', `date must be a date YYYY-MM-DD, not ${JSON.stringify(props.date)}.`);
  }
  if (!props.name?.trim()) throw DomainError.validation('name', 'HOLIDAY_NAME_REQUIRED', 'A holiday needs a name, e.g. "Hari Kemerdekaan".');
  return { id: props.id, date: props.date, name: props.name.trim(), unitId: props.unitId ?? null, collectiveLeave: props.collectiveLeave ?? false };
}

/**
 * The holidays that close a unit: national ones and those of the unit or any ancestor
 * (`unitLineage` = the unit's id and its ancestors' ids). One entry per date, sorted; when a
 * real holiday and a cuti bersama fall on the same date the real holiday wins, because it costs
 * nobody a day of annual leave.
 */
export function holidaysFor(unitLineage: readonly Id[], holidays: readonly Holiday[]): Holiday[] {
  const byDate = new Map<LocalDate, Holiday>();
  for (const h of holidays) {
    if (h.unitId !== null && !unitLineage.includes(h.unitId)) continue;
    const existing = byDate.get(h.date);
    if (!existing || (existing.collectiveLeave && !h.collectiveLeave)) byDate.set(h.date, h);
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

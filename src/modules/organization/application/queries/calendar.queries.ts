import { Injectable } from '@nestjs/common';
import { MAX_QUERY_SPAN_DAYS, spanDays } from '../../../../shared-kernel/date-span';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { eachDay, LocalDate } from '../../../../shared-kernel/local-date';
import { firstDayOf, lastDayOf, YearMonth } from '../../../../shared-kernel/year-month';
import { Actor } from '../../../../platform/auth/actor';
import { holidaysFor } from '../../domain/holiday-calendar';
import { AccessPolicy } from '../../public/access-policy';
import { holidayView } from '../commands/create-holiday';
import { shiftView } from '../commands/create-shift';
import { MinistryToday } from '../ministry-today';
import { CalendarReadModel } from '../ports/calendar-read-model';
import { StructureReadModel } from '../ports/structure-read-model';

/** Holidays, work schedules, shifts and rosters as the API shows them. */
@Injectable()
export class CalendarQueries {
  constructor(
    private readonly calendars: CalendarReadModel,
    private readonly structure: StructureReadModel,
    private readonly access: AccessPolicy,
    private readonly today: MinistryToday,
  ) {}

  /** Default: this year. With `unitId`, those that close that unit: national, its own and inherited ones. */
  async holidays(q: { from?: LocalDate; to?: LocalDate; unitId?: string }) {
    const year = this.today.date().slice(0, 4);
    const from = q.from ?? `${year}-01-01`;
    const to = q.to ?? `${year}-12-31`;
    if (to < from) throw DomainError.validation('to', 'RANGE_INVERTED', 'to must not be before from');
    // The request's own from/to are checked at the edge; this catches a lone `from` years before this year's end.
    if (spanDays(from, to) > MAX_QUERY_SPAN_DAYS) {
      throw DomainError.validation(
        'to',
        'SPAN_TOO_LONG',
        `from ${from} to ${to} is more than ${MAX_QUERY_SPAN_DAYS} days: give a to at most ${MAX_QUERY_SPAN_DAYS} days after from.`,
      );
    }
    if (!q.unitId) return (await this.calendars.holidaysBetween(from, to)).map(holidayView);
    const lineage = await this.structure.unitLineage(q.unitId);
    if (lineage.length === 0) throw DomainError.notFound('Unit', q.unitId);
    return holidaysFor(lineage, await this.calendars.holidaysBetween(from, to, lineage)).map(holidayView);
  }

  async holiday(id: string) {
    const h = await this.calendars.holiday(id);
    if (!h) throw DomainError.notFound('Holiday', id);
    return holidayView(h);
  }

  workSchedules() {
    return this.calendars.workSchedules();
  }

  async workSchedule(id: string) {
    const s = await this.calendars.workSchedule(id);
    if (!s) throw DomainError.notFound('Work schedule', id);
    return s;
  }

  async shifts() {
    return (await this.calendars.shifts()).map(shiftView);
  }

  async shift(id: string) {
    const s = await this.calendars.shift(id);
    if (!s) throw DomainError.notFound('Shift', id);
    return shiftView(s);
  }

  async roster(actor: Actor, employeeId: string, month: YearMonth) {
    await this.access.assertCanReadEmployee(actor, employeeId);
    const days = eachDay(firstDayOf(month), lastDayOf(month));
    return this.calendars.rosterBetween([employeeId], days[0], days[days.length - 1]);
  }
}

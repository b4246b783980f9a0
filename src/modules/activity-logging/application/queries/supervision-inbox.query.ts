import { Injectable } from '@nestjs/common';
import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { firstDayOf, lastDayOf, YearMonth } from '../../../../shared-kernel/year-month';
import { EmployeeProfilesFacade } from '../../../organization/public/employee-profiles.facade';
import { SupervisionFacade } from '../../../organization/public/supervision.facade';
import { DailyActivityStatus } from '../../domain/daily-activity';
import { ActivityView } from '../activity-view';
import { ActivityReadModel } from '../ports/activity-read-model';

export interface InboxEmployee {
  id: Id;
  nip: string;
  name: string;
}

/** An inbox row names whose work it is: a supervisor reviews people, not ids. */
export type InboxActivity = ActivityView & { employee: InboxEmployee };

/** One employee's share of an inbox page: the supervisor reviews person by person. */
export interface InboxGroup {
  employee: InboxEmployee;
  activityIds: Id[];
  claimedMinutes: number;
}

/**
 * The activities a supervisor answers for: those whose employee they supervised ON THE ACTIVITY'S DATE,
 * Plt/Plh days included. Organization answers once with the stretches of days on which the caller supervises
 * each subordinate; the page is then cut in SQL over those stretches and read as plain rows.
 */
@Injectable()
export class SupervisionInboxQuery {
  constructor(
    private readonly activities: ActivityReadModel,
    private readonly supervision: SupervisionFacade,
    private readonly profiles: EmployeeProfilesFacade,
  ) {}

  /** Up to `limit + 1` rows, so the caller knows whether a next page exists; each with its employee's NIP and name. */
  async list(supervisorId: Id, filter: { status: DailyActivityStatus; from?: LocalDate; to?: LocalDate; after?: [LocalDate, Id]; limit: number }): Promise<InboxActivity[]> {
    const intervals = await this.supervision.supervisionIntervals(supervisorId);
    const rows = await this.activities.listInIntervals(intervals, filter);
    const people = new Map((await this.profiles.employeeNames([...new Set(rows.map((r) => r.employeeId))])).map((e) => [e.id, e]));
    return rows.map((r) => ({ ...r, employee: people.get(r.employeeId)! }));
  }
}

/** A person the supervisor answers for in a month, and the days of that month they do (Plt/Plh days included). */
export interface TeamMember {
  employee: InboxEmployee;
  from: LocalDate;
  to: LocalDate;
}

/**
 * Everyone the supervisor supervised on at least one day of the month, whether or not they logged anything:
 * the same stretches the inbox is cut by, clipped to the month, by name.
 */
@Injectable()
export class SupervisionTeamQuery {
  constructor(
    private readonly supervision: SupervisionFacade,
    private readonly profiles: EmployeeProfilesFacade,
  ) {}

  async ofMonth(supervisorId: Id, month: YearMonth): Promise<TeamMember[]> {
    const [first, last] = [firstDayOf(month), lastDayOf(month)];
    const days = new Map<Id, { from: LocalDate; to: LocalDate }>();
    for (const s of await this.supervision.supervisionIntervals(supervisorId)) {
      if (s.from > last || (s.to !== null && s.to < first)) continue;
      const from = s.from < first ? first : s.from;
      const to = s.to === null || s.to > last ? last : s.to;
      const known = days.get(s.employeeId);
      days.set(s.employeeId, known ? { from: known.from < from ? known.from : from, to: known.to > to ? known.to : to } : { from, to });
    }
    const names = await this.profiles.employeeNames([...days.keys()]);
    return names
      .map((employee) => ({ employee, ...days.get(employee.id)! }))
      .sort((a, b) => a.employee.name.localeCompare(b.employee.name) || a.employee.nip.localeCompare(b.employee.nip));
  }
}

/** The page's activities grouped by employee, by name; each group keeps the page's (oldest first) order. */
export function groupByEmployee(items: readonly InboxActivity[]): InboxGroup[] {
  const groups = new Map<Id, InboxGroup>();
  for (const item of items) {
    const group = groups.get(item.employeeId) ?? { employee: item.employee, activityIds: [], claimedMinutes: 0 };
    group.activityIds.push(item.id);
    group.claimedMinutes += item.claimedMinutes;
    groups.set(item.employeeId, group);
  }
  return [...groups.values()].sort((a, b) => a.employee.name.localeCompare(b.employee.name) || a.employee.nip.localeCompare(b.employee.nip));
}

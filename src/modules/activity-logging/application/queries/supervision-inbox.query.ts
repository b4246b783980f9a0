import { Injectable } from '@nestjs/common';
import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
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

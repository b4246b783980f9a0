import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { DailyActivityStatus } from '../../domain/daily-activity';
import { ActivityView } from '../activity-view';

export interface ActivityListFilter {
  from?: LocalDate;
  to?: LocalDate;
  status?: DailyActivityStatus;
  after?: [LocalDate, Id];
  limit: number;
}

export interface DayMinutes {
  employeeId: Id;
  date: LocalDate;
  approvedMinutes: number;
  pendingMinutes: number;
  pendingActivities: number;
}

export interface ResultRealisation {
  approvedQuantity: string;
  approvedMinutes: number;
  activities: number;
}

/** Reads of activities as plain views, without restoring aggregates. Pages return up to `limit + 1` rows. */
export abstract class ActivityReadModel {
  abstract activity(id: Id): Promise<ActivityView | null>;

  /** Who may see the file is decided by the activity's owner and date; the reference is for the storage only. */
  abstract evidenceFile(id: Id): Promise<{ employeeId: Id; date: LocalDate; fileRef: string | null } | null>;

  abstract listOfEmployee(employeeId: Id, filter: ActivityListFilter): Promise<ActivityView[]>;

  /** The activities whose (employee, date) falls in one of `intervals` (`to` null: open-ended), oldest first. */
  abstract listInIntervals(intervals: ReadonlyArray<{ employeeId: Id; from: LocalDate; to: LocalDate | null }>, filter: ActivityListFilter): Promise<ActivityView[]>;

  /** Approved and unreviewed minutes per employee and day; rejected activities count for nothing. */
  abstract minutesByDay(employeeIds: readonly Id[], from: LocalDate, to: LocalDate): Promise<DayMinutes[]>;

  /** Per planned result: approved quantity and minutes over [from, to]. */
  abstract realisation(resultIds: readonly Id[], from: LocalDate, to: LocalDate): Promise<Map<Id, ResultRealisation>>;
}

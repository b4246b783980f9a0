import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { DailyActivity } from '../../domain/daily-activity';

export interface DayKey {
  employeeId: Id;
  date: LocalDate;
}

/** Where daily activities are kept, within the command's transaction. */
export abstract class ActivityRepository {
  /**
   * Locks these employees' days until the transaction ends and returns their activities as they stand
   * once locked, so two concurrent entries of a day cannot both pass the overlap and cap rules.
   */
  abstract lockDaysAndRead(keys: readonly DayKey[]): Promise<DailyActivity[]>;

  /** The activities of these ids, locked for the rest of the transaction. */
  abstract activitiesForUpdate(ids: readonly Id[]): Promise<DailyActivity[]>;

  /** `imported`: written by HR's migration import rather than logged by the employee. */
  abstract insert(activities: readonly DailyActivity[], options?: { imported: boolean }): Promise<void>;

  abstract update(activities: readonly DailyActivity[]): Promise<void>;

  /**
   * The bytes of evidence files the employee's other activities hold. Serialises the employee's uploads
   * until the transaction ends, so two parallel uploads cannot both fit the quota that only one fits.
   */
  abstract evidenceBytesOf(employeeId: Id, exceptActivityId: Id): Promise<number>;
}

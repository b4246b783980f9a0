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
   * Serialises writers of one employee's day, so two concurrent entries cannot both pass the overlap and
   * cap rules. Held until the transaction ends.
   */
  abstract lockDays(keys: readonly DayKey[]): Promise<void>;

  /** The activities of these ids, locked for the rest of the transaction. */
  abstract activitiesForUpdate(ids: readonly Id[]): Promise<DailyActivity[]>;

  /** The activities of these employees on these dates (for the day rules of many entries at once). */
  abstract activitiesOfDays(keys: readonly DayKey[]): Promise<DailyActivity[]>;

  /** `imported`: written by HR's migration import rather than logged by the employee. */
  abstract insert(activities: readonly DailyActivity[], options?: { imported: boolean }): Promise<void>;

  abstract update(activities: readonly DailyActivity[]): Promise<void>;
}

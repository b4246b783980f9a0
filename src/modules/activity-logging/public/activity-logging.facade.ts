import { Injectable } from '@nestjs/common';
import { Id } from '../../../shared-kernel/ids';
import { LocalDate } from '../../../shared-kernel/local-date';
import { YearMonth } from '../../../shared-kernel/year-month';
import { AchievementOptions, AchievementQuery, EmployeeMonthlyAchievement } from '../application/queries/achievement.query';
import { ActivityReadModel } from '../application/ports/activity-read-model';

export type { AchievementOptions, DailyTarget, EmployeeMonthlyAchievement } from '../application/queries/achievement.query';
export type { KnownDays } from '../application/employee-days';

/** What other modules may ask of activity logging: achievement facts, for the monthly close and appraisal. */
@Injectable()
export class ActivityLoggingFacade {
  constructor(
    private readonly achievement: AchievementQuery,
    private readonly activities: ActivityReadModel,
  ) {}

  /**
   * rules.md §4 for many employees in one go (a fixed number of set-based queries, whatever the count).
   * Once the month is closed, unreviewed activities count as approved; `unreviewedActivities` reports them.
   * The monthly close hands over the month's work calendars and classified days it already read (`known`),
   * so they are not read and classified again, and the daily target and cap of its remuneration policy.
   */
  monthlyAchievements(employeeIds: Id[], month: YearMonth, options: AchievementOptions = {}): Promise<Map<Id, EmployeeMonthlyAchievement>> {
    return this.achievement.ofEmployees(employeeIds, month, options);
  }

  /** Per RHK: the approved output quantity (decimal string), minutes and activity count over [from, to]. */
  realisation(resultIds: Id[], from: LocalDate, to: LocalDate): Promise<Map<Id, { approvedQuantity: string; approvedMinutes: number; activities: number }>> {
    return this.activities.realisation(resultIds, from, to);
  }
}

import { Injectable } from '@nestjs/common';
import { Id } from '../../../shared-kernel/ids';
import { YearMonth } from '../../../shared-kernel/year-month';
import { AchievementQuery, EmployeeMonthlyAchievement } from '../application/queries/achievement.query';

export type { EmployeeMonthlyAchievement } from '../application/queries/achievement.query';

/** What other modules may ask of activity logging: achievement facts, for the monthly close and appraisal. */
@Injectable()
export class ActivityLoggingFacade {
  constructor(private readonly achievement: AchievementQuery) {}

  /**
   * rules.md §4 for many employees in one go (a fixed number of set-based queries, whatever the count).
   * Once the month is closed, unreviewed activities count as approved; `unreviewedActivities` reports them.
   */
  monthlyAchievements(employeeIds: Id[], month: YearMonth): Promise<Map<Id, EmployeeMonthlyAchievement>> {
    return this.achievement.ofEmployees(employeeIds, month);
  }
}

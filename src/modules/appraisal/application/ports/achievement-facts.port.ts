import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { YearMonth } from '../../../../shared-kernel/year-month';

/** One planned work result (RHK) of the employee's SKP with what was achieved against it in the period. */
export interface WorkResultFact {
  rhkId: Id;
  text: string;
  indicator: string | null;
  target: string | null;
  realisation: string | null;
}

/**
 * What the appraiser sees beside the form. Each part is null (or empty) when its source module has not
 * supplied it, so the form says "not available" instead of showing a misleading zero.
 */
export interface AchievementFactsView {
  activity: { approvedMinutes: number; targetMinutes: number; achievementPercent: string } | null;
  workResults: WorkResultFact[] | null;
  attendance: { workingDays: number; presentDays: number; absentDays: number; lateMinutes: number } | null;
}

export interface FactsPeriod {
  firstDay: LocalDate;
  lastDay: LocalDate;
  months: YearMonth[];
  year: number;
}

/**
 * The achievement facts of the period, owned by performance-planning (RHK targets and realisation),
 * activity-logging (approved minutes) and attendance (the monthly summary). Appraisal only reads them,
 * so it depends on this port and the application binds an adapter over those modules' public facades.
 */
export abstract class AchievementFacts {
  abstract factsFor(employeeId: Id, period: FactsPeriod): Promise<AchievementFactsView>;
}

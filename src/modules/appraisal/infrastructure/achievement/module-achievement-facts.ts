import { Injectable } from '@nestjs/common';
import { Dec } from '../../../../shared-kernel/decimal';
import { Id } from '../../../../shared-kernel/ids';
import { maxDate, minDate } from '../../../../shared-kernel/local-date';
import { ActivityLoggingFacade } from '../../../activity-logging/public/activity-logging.facade';
import { AttendanceFacade } from '../../../attendance/public/attendance.facade';
import { PlanningFacade } from '../../../performance-planning/public/planning.facade';
import { AchievementFacts, AchievementFactsView, FactsPeriod, WorkResultFact } from '../../application/ports/achievement-facts.port';

/** Days on which the employee was excused or away: neither present nor absent without reason. */
const NOT_PRESENT = new Set(['TK', 'OFF', 'HOLIDAY', 'CT', 'CS', 'CB', 'CM', 'CAP', 'I', 'CLTN', 'TB']);

/** The AchievementFacts port over the planning, activity-logging and attendance facades. */
@Injectable()
export class ModuleAchievementFacts extends AchievementFacts {
  constructor(
    private readonly planning: PlanningFacade,
    private readonly activities: ActivityLoggingFacade,
    private readonly attendance: AttendanceFacade,
  ) {
    super();
  }

  async factsFor(employeeId: Id, period: FactsPeriod): Promise<AchievementFactsView> {
    return {
      activity: await this.activity(employeeId, period),
      workResults: await this.workResults(employeeId, period),
      attendance: await this.attendanceOf(employeeId, period),
    };
  }

  private async activity(employeeId: Id, period: FactsPeriod): Promise<AchievementFactsView['activity']> {
    let approvedMinutes = 0;
    let targetMinutes = 0;
    for (const month of period.months) {
      const a = (await this.activities.monthlyAchievements([employeeId], month)).get(employeeId);
      approvedMinutes += a?.approvedMinutes ?? 0;
      targetMinutes += a?.targetMinutes ?? 0;
    }
    const ratio = targetMinutes === 0 ? new Dec(1) : Dec.min(1, new Dec(approvedMinutes).dividedBy(targetMinutes));
    return { approvedMinutes, targetMinutes, achievementPercent: ratio.times(100).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed() };
  }

  /** The RHK of the approved plan in force during the period, each indicator against what was realised. */
  private async workResults(employeeId: Id, period: FactsPeriod): Promise<WorkResultFact[] | null> {
    const plans = (await this.planning.approvedPlans([employeeId], period.year)).filter((p) => p.periodStart <= period.lastDay && p.periodEnd >= period.firstDay);
    if (plans.length === 0) return null;
    const facts: WorkResultFact[] = [];
    for (const plan of plans) {
      const to = minDate(plan.periodEnd, period.lastDay);
      const realised = await this.activities.realisation(
        plan.results.map((r) => r.id),
        maxDate(plan.periodStart, `${period.year}-01-01`),
        to,
      );
      for (const result of plan.results) {
        for (const indicator of result.indicators) {
          // Output quantity is what activities realise; quality and time are judged by the appraiser.
          const done = indicator.aspect === 'QUANTITY' ? `${realised.get(result.id)?.approvedQuantity ?? '0'} ${indicator.unit}` : null;
          facts.push({ rhkId: result.id, text: result.title, indicator: indicator.name, target: `${indicator.target} ${indicator.unit}`, realisation: done });
        }
      }
    }
    return facts;
  }

  private async attendanceOf(employeeId: Id, period: FactsPeriod): Promise<AchievementFactsView['attendance']> {
    const totals = { workingDays: 0, presentDays: 0, absentDays: 0, lateMinutes: 0 };
    for (const month of period.months) {
      const attended = (await this.attendance.monthlyAttendance([employeeId], month)).get(employeeId);
      if (!attended) continue;
      totals.workingDays += attended.summary.workingDays;
      // A day still to come, or still running, has no presence to show yet: it is judged once it is over.
      for (const day of attended.days.filter((d) => d.status === 'OVER')) {
        if (day.codes.includes('TK')) totals.absentDays++;
        else if (!day.codes.some((c) => NOT_PRESENT.has(c))) totals.presentDays++;
        totals.lateMinutes += day.lateMinutes ?? 0;
      }
    }
    return totals;
  }
}

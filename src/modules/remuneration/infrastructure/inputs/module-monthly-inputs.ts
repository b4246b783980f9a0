import { Injectable } from '@nestjs/common';
import { firstDayOf, lastDayOf, YearMonth } from '../../../../shared-kernel/year-month';
import { ActivityLoggingFacade } from '../../../activity-logging/public/activity-logging.facade';
import { AppraisalFacade } from '../../../appraisal/public/appraisal.facade';
import { AttendanceFacade } from '../../../attendance/public/attendance.facade';
import { EmployeeProfilesFacade } from '../../../organization/public/employee-profiles.facade';
import { UnitTreeFacade } from '../../../organization/public/unit-tree.facade';
import { WorkCalendarsFacade } from '../../../organization/public/work-calendars.facade';
import { DailyActivityTarget, EmployeeMonthInputs, MonthlyInputs } from '../../application/ports/monthly-inputs';

/** The close's inputs through the other modules' public facades, each asked once per chunk for all its employees. */
@Injectable()
export class ModuleMonthlyInputs extends MonthlyInputs {
  constructor(
    private readonly calendars: WorkCalendarsFacade,
    private readonly profiles: EmployeeProfilesFacade,
    private readonly units: UnitTreeFacade,
    private readonly attendance: AttendanceFacade,
    private readonly activities: ActivityLoggingFacade,
    private readonly appraisal: AppraisalFacade,
  ) {
    super();
  }

  async population(month: YearMonth): Promise<string[]> {
    return (await this.calendars.employeesPlacedBetween(firstDayOf(month), lastDayOf(month))).sort();
  }

  async of(employeeIds: string[], month: YearMonth, target: DailyActivityTarget): Promise<Map<string, EmployeeMonthInputs>> {
    const [from, to] = [firstDayOf(month), lastDayOf(month)];
    // One after the other: inside the chunk's transaction they share one connection. Each input is read
    // once: attendance classifies on the calendars read here, and activity logging counts obliged days
    // from those calendars and attendance's classified days instead of reading and classifying them again.
    const names = await this.profiles.employeeNames(employeeIds);
    const calendars = await this.calendars.workCalendars(employeeIds, from, to);
    const attendance = await this.attendance.monthlyAttendance(employeeIds, month, calendars);
    const classifiedCodes = new Map<string, Map<string, readonly string[]>>();
    for (const [id, attended] of attendance) classifiedCodes.set(id, new Map(attended.days.map((d) => [d.date, d.codes])));
    const achievements = await this.activities.monthlyAchievements(employeeIds, month, {
      known: { calendars, classifiedCodes },
      target: { dailyTargetMinutes: target.dailyTargetMinutes, dailyCapMinutes: target.dailyCapMinutes },
    });
    const ratings = await this.appraisal.monthlyRatings(employeeIds, month);
    const lastUnits = new Map<string, string>();
    for (const [id, days] of calendars) {
      const unitId = days.filter((d) => d.positionId !== null).at(-1)?.unitId;
      if (unitId) lastUnits.set(id, unitId);
    }
    const codes = await this.units.unitCodes([...new Set(lastUnits.values())]);
    const result = new Map<string, EmployeeMonthInputs>();
    for (const { id, nip, name } of names) {
      const days = calendars.get(id) ?? [];
      const unitId = lastUnits.get(id);
      const attended = attendance.get(id);
      const achievement = achievements.get(id);
      if (!attended || !achievement) continue;
      result.set(id, {
        employee: { id, nip, name },
        unit: unitId ? { id: unitId, code: codes.get(unitId) ?? null } : null,
        days: days.map((d) => ({ date: d.date, positionId: d.positionId, kelas: d.kelas, status: d.status, unitId: d.unitId, acting: d.acting })),
        attendance: {
          workingDays: attended.summary.workingDays,
          counts: { ...attended.summary.counts },
          attendancePercent: attended.summary.attendancePercent,
          leavePercent: attended.summary.leavePercent,
          days: attended.days.map((d) => ({ ...d, codes: [...d.codes] })),
        },
        achievement: {
          obligedDays: achievement.obligedDays,
          targetMinutes: achievement.targetMinutes,
          approvedMinutes: achievement.approvedMinutes,
          pendingMinutes: achievement.pendingMinutes,
          achievement: achievement.achievement,
          unreviewedActivities: achievement.unreviewedActivities,
        },
        rating: ratings.get(id) ?? null,
      });
    }
    return result;
  }
}

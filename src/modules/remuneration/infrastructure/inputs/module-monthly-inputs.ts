import { Injectable } from '@nestjs/common';
import { firstDayOf, lastDayOf, YearMonth } from '../../../../shared-kernel/year-month';
import { ActivityLoggingFacade } from '../../../activity-logging/public/activity-logging.facade';
import { AppraisalFacade } from '../../../appraisal/public/appraisal.facade';
import { AttendanceFacade } from '../../../attendance/public/attendance.facade';
import { EmployeeProfilesFacade } from '../../../organization/public/employee-profiles.facade';
import { WorkCalendarsFacade } from '../../../organization/public/work-calendars.facade';
import { EmployeeMonthInputs, MonthlyInputs } from '../../application/ports/monthly-inputs';

/** The close's inputs through the other modules' public facades, each asked once per chunk for all its employees. */
@Injectable()
export class ModuleMonthlyInputs extends MonthlyInputs {
  constructor(
    private readonly calendars: WorkCalendarsFacade,
    private readonly profiles: EmployeeProfilesFacade,
    private readonly attendance: AttendanceFacade,
    private readonly activities: ActivityLoggingFacade,
    private readonly appraisal: AppraisalFacade,
  ) {
    super();
  }

  async population(month: YearMonth): Promise<string[]> {
    return (await this.calendars.employeesPlacedBetween(firstDayOf(month), lastDayOf(month))).sort();
  }

  async of(employeeIds: string[], month: YearMonth): Promise<Map<string, EmployeeMonthInputs>> {
    const [from, to] = [firstDayOf(month), lastDayOf(month)];
    const [names, calendars, attendance, achievements, ratings] = await Promise.all([
      this.profiles.employeeNames(employeeIds),
      this.calendars.workCalendars(employeeIds, from, to),
      this.attendance.monthlyAttendance(employeeIds, month),
      this.activities.monthlyAchievements(employeeIds, month),
      this.appraisal.monthlyRatings(employeeIds, month),
    ]);
    const result = new Map<string, EmployeeMonthInputs>();
    for (const { id, nip, name } of names) {
      const days = calendars.get(id) ?? [];
      const attended = attendance.get(id);
      const achievement = achievements.get(id);
      if (!attended || !achievement) continue;
      result.set(id, {
        employee: { id, nip, name },
        days: days.map((d) => ({ date: d.date, positionId: d.positionId, kelas: d.kelas, status: d.status, unitId: d.unitId, acting: d.acting })),
        attendance: {
          workingDays: attended.summary.workingDays,
          counts: { ...attended.summary.counts } as Record<string, number>,
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

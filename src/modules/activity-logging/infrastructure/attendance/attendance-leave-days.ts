import { Injectable } from '@nestjs/common';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { AttendanceFacade } from '../../../attendance/public/attendance.facade';
import { activityDayCodeOf } from '../../application/employee-days';
import { LeaveDays } from '../../application/ports/leave-days.port';

/** The LeaveDays port over Attendance's public facade. */
@Injectable()
export class AttendanceLeaveDays extends LeaveDays {
  constructor(private readonly attendance: AttendanceFacade) {
    super();
  }

  async dayCodes(employeeIds: string[], from: LocalDate, to: LocalDate, options: { includeAbsent: boolean }): Promise<Map<string, Map<LocalDate, string>>> {
    if (!options.includeAbsent) return this.attendance.approvedAbsenceDays(employeeIds, from, to);
    const result = new Map<string, Map<LocalDate, string>>();
    for (const [employeeId, days] of await this.attendance.classifiedDayCodes(employeeIds, from, to)) {
      const coded = new Map<LocalDate, string>();
      for (const [date, codes] of days) {
        const code = activityDayCodeOf(codes);
        if (code) coded.set(date, code);
      }
      result.set(employeeId, coded);
    }
    return result;
  }
}

import { Injectable } from '@nestjs/common';
import { LocalDate } from '../../../../shared-kernel/local-date';

/**
 * Attendance's classification of days, as far as activities care: excused absences (CT, CS, CB, CM, CAP,
 * I) and TK. Study assignment and unpaid leave (TB, CLTN) come from organization's status history instead.
 * Attendance owns these facts; until its facade exists this port is bound to NoLeaveRecorded.
 */
export abstract class LeaveDays {
  /** Per employee, the dates in [from, to] that carry such a code, with the code. */
  abstract dayCodes(employeeIds: string[], from: LocalDate, to: LocalDate): Promise<Map<string, Map<LocalDate, string>>>;
}

@Injectable()
export class NoLeaveRecorded extends LeaveDays {
  async dayCodes(): Promise<Map<string, Map<LocalDate, string>>> {
    return new Map();
  }
}

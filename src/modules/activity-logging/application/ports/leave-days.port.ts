import { LocalDate } from '../../../../shared-kernel/local-date';

/**
 * Attendance's view of days, as far as activities care: excused absences (CT, CS, CB, CM, CAP, I, DL) and,
 * once days are classified, TK. Study assignment and unpaid leave (TB, CLTN) come from organization's status
 * history instead. Attendance owns these facts; the adapter reads them through its public facade.
 */
export abstract class LeaveDays {
  /**
   * Per employee, the dates in [from, to] that carry such a code, with the code. `includeAbsent` adds TK,
   * which needs every day classified; logging an activity only needs the approved absences.
   */
  abstract dayCodes(employeeIds: string[], from: LocalDate, to: LocalDate, options: { includeAbsent: boolean }): Promise<Map<string, Map<LocalDate, string>>>;
}

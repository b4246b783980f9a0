/** Integration events Attendance publishes through the outbox. */
export const DISCIPLINE_THRESHOLD_REACHED = 'attendance.discipline-threshold-reached.v1';

/** An employee's TK days in a year reached a PP 94/2021 threshold: HR decides the sanction. */
export interface DisciplineThresholdReachedV1 {
  employeeId: string;
  year: number;
  /** The threshold reached. */
  tkDays: number;
  /** TK days counted when it was detected (may be past several thresholds at once). */
  tkDaysCounted: number;
  severity: string;
  sanction: string;
  sanctionEn: string;
}

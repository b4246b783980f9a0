import { YearMonth } from '../../../../shared-kernel/year-month';

export interface DailyActivityTarget {
  readonly dailyTargetMinutes: number;
  readonly dailyCapMinutes: number;
}

/** One calendar day of an employee as organization places it. */
export interface PlacementDay {
  date: string;
  /** The definitive position held that day (null: no eligible assignment). */
  positionId: string | null;
  /** The position's kelas that day (a regrade counts from its effective date). */
  kelas: number | null;
  status: string | null;
  unitId: string | null;
  acting: Array<{ positionId: string; kelas: number; type: 'PLT' | 'PLH' }>;
}

export interface AttendanceDayInput {
  date: string;
  codes: string[];
  clockIn: string | null;
  clockOut: string | null;
  lateMinutes: number | null;
  earlyMinutes: number | null;
  deductionPercent: string;
  explanation: string;
}

/** Everything the close reads about one employee and month from the other modules. */
export interface EmployeeMonthInputs {
  employee: { id: string; nip: string; name: string };
  /** The unit of the last day of the month with a definitive position (null: none that month). */
  unit: { id: string; code: string | null } | null;
  /** Every calendar day of the month. */
  days: PlacementDay[];
  attendance: {
    workingDays: number;
    counts: Record<string, number>;
    attendancePercent: string;
    leavePercent: string;
    days: AttendanceDayInput[];
  };
  achievement: { obligedDays: number; targetMinutes: number; approvedMinutes: number; pendingMinutes: number; achievement: string; unreviewedActivities: number };
  rating: { appraisalId: string; period: string; version: number; predikat: string; ratingMultiplier: string } | null;
}

/**
 * The close's inputs from organization, attendance, activity logging and appraisal, read through their
 * public facades: a fixed number of set-based queries for a chunk of employees, each input read once.
 */
export abstract class MonthlyInputs {
  /** Everyone placed in a definitive position on some day of the month, in id order. */
  abstract population(month: YearMonth): Promise<string[]>;

  /** `target`: the daily activity target and cap of the policy the month is paid under. */
  abstract of(employeeIds: string[], month: YearMonth, target: DailyActivityTarget): Promise<Map<string, EmployeeMonthInputs>>;
}

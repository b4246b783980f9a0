import { AttendancePolicy } from './attendance-policy';

/** Working days of annual leave (cuti tahunan, CT) in one year, per Perka BKN 24/2017 [S38]. */
export interface AnnualLeaveBalance {
  readonly year: number;
  readonly entitlement: number;
  readonly carriedOver: number;
  readonly available: number;
  /** CT days taken or requested plus the year's cuti bersama working days, which are charged to annual leave. */
  readonly used: number;
  readonly remaining: number;
}

export interface AnnualLeaveBalanceInput {
  readonly year: number;
  /** Unused CT working days left from earlier years, before the carry-over limit. */
  readonly unusedWorkingDaysFromEarlierYears: number;
  /** CT working days already approved or awaiting decision this year. */
  readonly annualLeaveWorkingDaysTaken: number;
  /** Cuti bersama days of the year that fall on the employee's working days. */
  readonly cutiBersamaWorkingDays: number;
  readonly policy: AttendancePolicy;
}

/** 12 working days a year; unused days carry over, but no more than 18 may be available in one year. */
export function annualLeaveBalance(input: AnnualLeaveBalanceInput): AnnualLeaveBalance {
  const { entitlementWorkingDaysPerYear: entitlement, maxAvailableWorkingDays } = input.policy.props.annualLeave;
  const carriedOver = Math.min(Math.max(0, input.unusedWorkingDaysFromEarlierYears), maxAvailableWorkingDays - entitlement);
  const available = entitlement + carriedOver;
  const used = input.annualLeaveWorkingDaysTaken + input.cutiBersamaWorkingDays;
  return { year: input.year, entitlement, carriedOver, available, used, remaining: Math.max(0, available - used) };
}

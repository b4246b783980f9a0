/**
 * The vocabulary of a classified day (api.md "GET /attendance/days"): one code per fact that applies.
 */
export type LatenessBandNumber = 1 | 2 | 3 | 4;

export type LateArrivalCode = `TL${LatenessBandNumber}`;
export type EarlyLeaveCode = `PSW${LatenessBandNumber}`;

/** Full-day absences an employee files or HR records (api.md "POST /absences"). */
export const ABSENCE_TYPES = ['CT', 'CS', 'CB', 'CM', 'CAP', 'DL', 'I'] as const;
export type AbsenceType = (typeof ABSENCE_TYPES)[number];

/** Long absences recorded as status changes rather than requests. */
export type StatusAbsenceCode = 'CLTN' | 'TB';

export type ExcusedCode = AbsenceType | StatusAbsenceCode;

export type AttendanceCode = 'H' | LateArrivalCode | EarlyLeaveCode | 'TK' | ExcusedCode | 'HOLIDAY' | 'OFF';

export function lateArrivalCode(band: LatenessBandNumber): LateArrivalCode {
  return `TL${band}`;
}

export function earlyLeaveCode(band: LatenessBandNumber): EarlyLeaveCode {
  return `PSW${band}`;
}

export function isLateArrivalCode(code: AttendanceCode): code is LateArrivalCode {
  return /^TL[1-4]$/.test(code);
}

export function isEarlyLeaveCode(code: AttendanceCode): code is EarlyLeaveCode {
  return /^PSW[1-4]$/.test(code);
}

/** Codes whose deduction goes to the ATTENDANCE line of the statement (rules.md §5). */
export function isAttendanceDeductionCode(code: AttendanceCode): boolean {
  return code === 'TK' || isLateArrivalCode(code) || isEarlyLeaveCode(code);
}

/** Codes whose deduction goes to the LEAVE line of the statement (rules.md §5). */
export function isLeaveDeductionCode(code: AttendanceCode): code is AbsenceType {
  return (ABSENCE_TYPES as readonly string[]).includes(code);
}

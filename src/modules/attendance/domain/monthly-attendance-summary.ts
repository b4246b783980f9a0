import { Percent } from '../../../shared-kernel/percent';
import { YearMonth, yearMonthOf } from '../../../shared-kernel/year-month';
import { AttendanceCode, isAttendanceDeductionCode, isLeaveDeductionCode } from './attendance-code';
import { AttendancePolicy } from './attendance-policy';
import { ClassifiedDay, ClassifyDayInput, classifyDay, excusedCodeOf } from './day-classifier';
import { leaveDeductionPercent, numberSickLeaveEpisodeDays } from './leave-deduction';

/** The shape of api.md "GET /attendance/summary"; percents are decimal strings. */
export interface MonthlyAttendanceSummary {
  readonly month: YearMonth;
  /** Days with an obligation: every day not classified HOLIDAY or OFF. */
  readonly workingDays: number;
  readonly counts: Partial<Record<AttendanceCode, number>>;
  /** The statement's ATTENDANCE line: Σ TL, PSW and TK deductions. */
  readonly attendancePercent: string;
  /** The statement's LEAVE line: Σ leave and I deductions. */
  readonly leavePercent: string;
}

/**
 * Classifies a month's days in date order, numbering sick-leave days within their episode so that the first
 * free days are counted across the month boundary (`csWorkingDaysAlreadyUsed` = the episode's working days in
 * the previous month; 0 when none was running at its end).
 */
export function classifyMonth(inputs: readonly ClassifyDayInput[], csWorkingDaysAlreadyUsed: number): ClassifiedDay[] {
  const episodeDays = numberSickLeaveEpisodeDays(
    inputs.map((i) => ({ date: i.date, isWorkingDay: i.calendar.kind === 'WORKING', isSickLeave: excusedCodeOf(i) === 'CS' })),
    csWorkingDaysAlreadyUsed,
  );
  return [...inputs].sort((a, b) => (a.date < b.date ? -1 : 1)).map((i) => classifyDay({ ...i, sickLeaveEpisodeWorkingDay: episodeDays.get(i.date) ?? null }));
}

/** The ATTENDANCE percent of a month: each day's TL + PSW (already capped per day) or TK deduction. */
export function monthlyAttendancePercent(days: readonly ClassifiedDay[]): Percent {
  return days.filter((d) => d.codes.some(isAttendanceDeductionCode)).reduce((sum, d) => sum.plus(Percent.of(d.deductionPercent)), Percent.zero());
}

/**
 * The LEAVE percent of a month (rules.md §2): CS free for the first working days of an episode, then per day;
 * I per day; other leave per the policy. Sick-leave days are numbered from the codes, continuing an episode
 * that ran in from the previous month for `csWorkingDaysAlreadyUsed` working days.
 */
export function monthlyLeavePercent(days: readonly ClassifiedDay[], csWorkingDaysAlreadyUsed: number, policy: AttendancePolicy): Percent {
  const episodeDays = numberSickLeaveEpisodeDays(
    days.map((d) => ({ date: d.date, isWorkingDay: hasObligation(d), isSickLeave: d.codes.includes('CS') })),
    csWorkingDaysAlreadyUsed,
  );
  let percent = Percent.zero();
  for (const day of days) {
    for (const code of day.codes.filter(isLeaveDeductionCode)) {
      percent = percent.plus(leaveDeductionPercent(code, episodeDays.get(day.date) ?? null, policy));
    }
  }
  return percent;
}

export function summarizeMonth(month: YearMonth, days: readonly ClassifiedDay[], csWorkingDaysAlreadyUsed: number, policy: AttendancePolicy): MonthlyAttendanceSummary {
  const ofMonth = days.filter((d) => yearMonthOf(d.date) === month);
  const counts: Partial<Record<AttendanceCode, number>> = {};
  for (const code of ofMonth.flatMap((d) => d.codes)) counts[code] = (counts[code] ?? 0) + 1;
  return {
    month,
    workingDays: ofMonth.filter(hasObligation).length,
    counts,
    attendancePercent: monthlyAttendancePercent(ofMonth).toString(),
    leavePercent: monthlyLeavePercent(ofMonth, csWorkingDaysAlreadyUsed, policy).toString(),
  };
}

function hasObligation(day: { codes: readonly AttendanceCode[] }): boolean {
  return !day.codes.includes('HOLIDAY') && !day.codes.includes('OFF');
}

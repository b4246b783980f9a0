import { eachDay } from '../../../../shared-kernel/local-date';
import { firstDayOf, lastDayOf, YearMonth } from '../../../../shared-kernel/year-month';
import { ATTENDANCE_CODES, DayCodeCount, StatementInputs } from '../../domain/allowance-statement';
import { StatementFacts } from '../../domain/employee-statement';
import { EmploymentStatus, isEmploymentStatus } from '../../domain/employment-status';
import { EntitlementDay } from '../../domain/gross-allowance';
import { isPredikat } from '../../domain/predikat';
import { SanctionSnapshot } from '../../domain/sanction';
import { EmployeeMonthInputs } from '../ports/monthly-inputs';
import { MonthPolicy } from '../ports/policy-versions';

/** The computation's inputs, and the facts shown beside them, from what the close read about one employee. */
export function statementInputsOf(
  month: YearMonth,
  read: EmployeeMonthInputs,
  sanctions: readonly SanctionSnapshot[],
  policy: MonthPolicy,
): { inputs: StatementInputs; facts: StatementFacts } | null {
  const days = entitlementDays(month, read);
  if (days === null) return null;
  const inputs: StatementInputs = {
    month,
    days,
    attendancePercent: read.attendance.attendancePercent,
    leavePercent: read.attendance.leavePercent,
    activity: { approvedMinutes: read.achievement.approvedMinutes, targetMinutes: read.achievement.targetMinutes },
    rating: read.rating && isPredikat(read.rating.predikat) ? read.rating.predikat : null,
    sanctions,
    unreviewedActivities: read.achievement.unreviewedActivities,
    policy: policy.policy,
    allowanceTables: policy.allowanceTables,
    dayCodeCounts: attendanceDayCodeCounts(read),
  };
  const facts: StatementFacts = {
    attendance: {
      workingDays: read.attendance.workingDays,
      counts: read.attendance.counts,
      days: read.attendance.days
        .filter((d) => d.deductionPercent !== '0' || !isPlainDay(d.codes))
        .map((d) => ({ date: d.date, codes: d.codes, deductionPercent: d.deductionPercent })),
    },
    achievement: read.achievement,
    rating: read.rating,
    positions: [...new Set(read.days.map((d) => d.positionId).filter((p) => p !== null))],
  };
  return { inputs, facts };
}

function isPlainDay(codes: readonly string[]): boolean {
  return codes.length === 1 && ['H', 'OFF', 'HOLIDAY'].includes(codes[0]);
}

/**
 * One day per calendar day. A day without a recorded status has no eligible assignment (it pays nothing); it
 * carries the month's nearest known status only because the computation wants one. No status at all: null.
 */
function entitlementDays(month: YearMonth, read: EmployeeMonthInputs): EntitlementDay[] | null {
  const byDate = new Map(read.days.map((d) => [d.date, d]));
  const known = read.days.map((d) => d.status).filter((s): s is EmploymentStatus => isEmploymentStatus(s));
  if (known.length === 0) return null;
  let nearest: EmploymentStatus = known[0];
  return eachDay(firstDayOf(month), lastDayOf(month)).map((date) => {
    const day = byDate.get(date);
    const status = day && isEmploymentStatus(day.status) ? day.status : null;
    if (status === null) return { date, kelas: null, status: nearest, pltKelas: null };
    nearest = status;
    return { date, kelas: day!.kelas, status, pltKelas: day!.acting.find((a) => a.type === 'PLT')?.kelas ?? null };
  });
}

/**
 * The ATTENDANCE line's detail for the explanation: days per code and what each cost. A day with both a TL
 * and a PSW code has only a combined percent, so then the line is explained by its total alone.
 */
function attendanceDayCodeCounts(read: EmployeeMonthInputs): DayCodeCount[] {
  const counted = new Map<string, DayCodeCount>();
  for (const day of read.attendance.days) {
    const codes = day.codes.filter((c) => (ATTENDANCE_CODES as readonly string[]).includes(c));
    if (codes.length === 0) continue;
    if (codes.length > 1) return [];
    const key = `${codes[0]}|${day.deductionPercent}`;
    const count = counted.get(key);
    counted.set(key, { code: codes[0], percentPerDay: day.deductionPercent, days: (count?.days ?? 0) + 1 });
  }
  return [...counted.values()].sort((a, b) => ATTENDANCE_CODES.indexOf(a.code as never) - ATTENDANCE_CODES.indexOf(b.code as never));
}

/** Integration events Remuneration publishes through the outbox (payroll reads the allowance ones as CloudEvents). */
export const PERIOD_CLOSING_V1 = 'remuneration.period-closing.v1';
export const PERIOD_CLOSED_V1 = 'remuneration.period-closed.v1';
export const ALLOWANCE_POSTED_V1 = 'remuneration.allowance-posted.v1';
/** A later version of a statement (after a correction), with `previousNet` and `delta`. */
export const ALLOWANCE_ADJUSTED_V1 = 'remuneration.allowance-adjusted.v1';
export const SANCTION_IMPOSED_V1 = 'remuneration.sanction-imposed.v1';
export const ALLOWANCE_TABLE_ENACTED_V1 = 'remuneration.allowance-table-enacted.v1';
export const POLICY_VERSION_ENACTED_V1 = 'remuneration.policy-version-enacted.v1';
export const REMUNERATION_SOURCE = 'e-performance/remuneration';

/** The month stopped accepting changes: writes for it are refused from now on. */
export interface PeriodClosingV1 {
  month: string;
  at: string;
}

/** Every statement of the month is written. */
export interface PeriodClosedV1 {
  month: string;
  closedAt: string;
  statementCount: number;
}

/** HR entered a disciplinary sanction (PP 94/2021) that cuts the allowance of `startMonth`…`endMonth`. */
export interface SanctionImposedV1 {
  sanctionId: string;
  employeeId: string;
  /** Decimal string, e.g. "25". */
  percent: string;
  startMonth: string;
  months: number;
  endMonth: string;
  decreeNumber: string;
  reason: string;
}

/** New base amounts per kelas from `effectiveFrom` (whole rupiah as decimal strings, keyed by kelas). */
export interface AllowanceTableEnactedV1 {
  id: string;
  regulation: string;
  effectiveFrom: string;
  baseAmounts: Record<string, string>;
}

/**
 * Every parameter of rules.md §4–6 from `effectiveFrom` (decimals as strings). A month closed from then on is
 * computed with it; a month already closed keeps the version it was computed with.
 */
export interface PolicyVersionEnactedV1 {
  id: string;
  version: number;
  effectiveFrom: string;
  statusFactors: Record<string, string>;
  pltShare: string;
  performanceSharePercent: string;
  deductionCapPercent: string;
  dailyTargetMinutes: number;
  dailyCapMinutes: number;
  ratingMultipliers: Record<string, string>;
  unratedMultiplier: string;
  closeSchedule: { dayOfNextMonth: number; time: string; timeZone: string };
}

import { Money } from '../../../shared-kernel/money';
import { Percent } from '../../../shared-kernel/percent';

/** The deduction lines of a statement, in the order in which they take from the allowance. */
export const DEDUCTION_LINE_CODES = ['SANCTION', 'ATTENDANCE', 'LEAVE', 'PERFORMANCE'] as const;
export type DeductionLineCode = (typeof DEDUCTION_LINE_CODES)[number];

export interface DeductionLine {
  readonly code: DeductionLineCode;
  /** The line's own percent, shown even when the cap leaves it nothing to take. */
  readonly percent: Percent;
  /** min(cap, the sum of this and the earlier lines' percents). */
  readonly cumulativePercent: Percent;
  /** Whole rupiah this line adds to the deduction under the cap. */
  readonly amount: Money;
}

/**
 * rules.md §5 "Rounding": each line's amount is round(gross × cumulative_i) − round(gross × cumulative_{i−1}),
 * half-up to whole rupiah, so the lines add up exactly to the total deduction and no rupiah is lost or
 * invented between them. Returns the lines and that total, round(gross × cumulative_last).
 */
export function deductionLines(
  gross: Money,
  percents: readonly { readonly code: DeductionLineCode; readonly percent: Percent }[],
  cap: Percent,
): { lines: DeductionLine[]; total: Money } {
  let cumulativePercent = Percent.zero();
  let deductedSoFar = Money.zero();
  const lines = percents.map(({ code, percent }) => {
    cumulativePercent = cumulativePercent.plus(percent).min(cap);
    const deductedWithThisLine = gross.times(cumulativePercent.value).dividedBy(100).roundToRupiah();
    const line = { code, percent, cumulativePercent, amount: deductedWithThisLine.minus(deductedSoFar) };
    deductedSoFar = deductedWithThisLine;
    return line;
  });
  return { lines, total: deductedSoFar };
}

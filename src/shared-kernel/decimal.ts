import Decimal from 'decimal.js';

/**
 * Money and percentages are exact decimals, never JavaScript floats. This configured constructor is the
 * only Decimal the code base uses, so precision and rounding are decided once.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;
export type DecValue = Decimal.Value;

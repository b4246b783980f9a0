import { Dec } from '../../../shared-kernel/decimal';
import { DomainError } from '../../../shared-kernel/domain-error';

const QUANTITY_RE = /^\d+(\.\d{1,2})?$/;

/**
 * A quantity of output is a positive decimal with at most 2 places: half a report or 1.25 meetings happen,
 * finer fractions do not. JSON numbers are accepted by their shortest textual form, never by float maths.
 */
export function parseQuantity(value: unknown, field = 'quantity'): Dec {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || !QUANTITY_RE.test(text)) {
    throw DomainError.validation(field, 'INVALID_QUANTITY', `${field} must be a positive number with at most 2 decimal places.`);
  }
  const quantity = new Dec(text);
  if (!quantity.greaterThan(0)) {
    throw DomainError.validation(field, 'INVALID_QUANTITY', `${field} must be greater than zero.`);
  }
  return quantity;
}

/** quantity × minutes per unit, rounded half-up to whole minutes (the house rounding of shared-kernel Dec). */
export function minutesFor(quantity: Dec, minutesPerUnit: number): number {
  return quantity.times(minutesPerUnit).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
}

import { Dec } from '../../../shared-kernel/decimal';
import { DomainError } from '../../../shared-kernel/domain-error';

const PLAIN_DECIMAL_RE = /^\d+(\.\d+)?$/;

/**
 * Targets and volumes arrive as decimal strings so that no float ever touches them; a JSON number is
 * accepted too because its shortest textual form is exactly what the client wrote.
 */
export function parsePositiveDecimal(value: unknown, field: string): Dec {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || !PLAIN_DECIMAL_RE.test(text)) {
    throw DomainError.validation(field, 'NOT_A_DECIMAL', `${field} must be a decimal number such as "12" or "2.5".`);
  }
  const parsed = new Dec(text);
  if (!parsed.greaterThan(0)) {
    throw DomainError.validation(field, 'NOT_POSITIVE', `${field} must be greater than zero.`);
  }
  return parsed;
}

export function requireText(value: unknown, field: string, maxLength = 500): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') throw DomainError.validation(field, 'REQUIRED', `${field} is required.`);
  if (text.length > maxLength) {
    throw DomainError.validation(field, 'TOO_LONG', `${field} may have at most ${maxLength} characters.`);
  }
  return text;
}

import { registerDecorator, ValidationOptions } from 'class-validator';
import { MAX_QUERY_SPAN_DAYS, spanDays } from '../../shared-kernel/date-span';
import { isValidLocalDate } from '../../shared-kernel/local-date';
import { isValidYearMonth } from '../../shared-kernel/year-month';
import { isValidTimeOfDay, isValidTimeZone } from '../../shared-kernel/zone';

function predicate(name: string, test: (value: unknown) => boolean, message: string) {
  return (options?: ValidationOptions): PropertyDecorator =>
    (target: object, propertyName: string | symbol) =>
      registerDecorator({
        name,
        target: target.constructor,
        propertyName: propertyName as string,
        options: { message: `$property ${message}`, ...options },
        validator: { validate: (value: unknown) => test(value) },
      });
}

export const IsLocalDate = predicate('isLocalDate', isValidLocalDate, 'must be a real date written YYYY-MM-DD');
export const IsYearMonth = predicate('isYearMonth', isValidYearMonth, 'must be a month written YYYY-MM');
export const IsTimeOfDay = predicate('isTimeOfDay', isValidTimeOfDay, 'must be a time of day written HH:mm (00:00–23:59)');
/** A reason a person gives (a correction's, above all): blank or whitespace only says nothing. */
export const IsNotBlank = predicate('isNotBlank', (value) => typeof value === 'string' && value.trim() !== '', 'must say why: it may not be blank');
export const IsTimeZone = predicate('isTimeZone', isValidTimeZone, 'must be an IANA time zone such as Asia/Jakarta, Asia/Makassar or Asia/Jayapura');

/**
 * On the `to` of a from/to query: at most `maxDays` days from the sibling `fromProperty`, both included.
 * Checked only when both are real dates; their own validators name a malformed one.
 */
export function SpansAtMost(fromProperty: string, maxDays = MAX_QUERY_SPAN_DAYS): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'maxSpan',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `$property must be at most ${maxDays} days after ${fromProperty}, both included: ask for a longer range in parts` },
      validator: {
        validate: (to: unknown, args) => {
          const from: unknown = (args?.object as Record<string, unknown>)[fromProperty];
          return !isValidLocalDate(from) || !isValidLocalDate(to) || spanDays(from, to) <= maxDays;
        },
      },
    });
}

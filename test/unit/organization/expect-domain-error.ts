import { DomainError, DomainErrorKind } from '../../../src/shared-kernel/domain-error';

/** Asserts that `act` is refused with this code, naming this field, and with a message to act on. */
export function expectDomainError(act: () => unknown, code: string, field?: string, kind?: DomainErrorKind): DomainError {
  let caught: unknown;
  try {
    act();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(DomainError);
  const error = caught as DomainError;
  expect(error.code).toBe(code);
  expect(error.message.length).toBeGreaterThan(20);
  if (field !== undefined) expect(error.fieldErrors.map((f) => f.field)).toEqual([field]);
  if (kind !== undefined) expect(error.kind).toBe(kind);
  return error;
}

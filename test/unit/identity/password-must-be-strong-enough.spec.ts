import { PasswordMustBeStrongEnoughRule } from '../../../src/modules/identity/domain/rules/password-must-be-strong-enough.rule';

describe('a password must be strong enough', () => {
  it.each`
    password                  | broken   | code
    ${'Secret-Passw0rd'}      | ${false} | ${null}
    ${'short1'}               | ${true}  | ${'PASSWORD_TOO_SHORT'}
    ${`a1${'x'.repeat(199)}`} | ${true}  | ${'PASSWORD_TOO_LONG'}
    ${'only-letters-here'}    | ${true}  | ${'PASSWORD_TOO_WEAK'}
    ${'1234567890123'}        | ${true}  | ${'PASSWORD_TOO_WEAK'}
  `('$password → $code', ({ password, broken, code }) => {
    const rule = new PasswordMustBeStrongEnoughRule(password);
    expect(rule.isBroken()).toBe(broken);
    if (broken) expect(rule.error()).toMatchObject({ kind: 'validation', code, fieldErrors: [{ field: 'password', code }] });
  });
});

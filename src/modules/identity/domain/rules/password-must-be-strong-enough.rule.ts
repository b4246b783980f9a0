import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';

/** Minimum strength for a password chosen by HR or the employee. */
export class PasswordMustBeStrongEnoughRule implements BusinessRule {
  /** `field`: the request field the password came in, named by the error. */
  constructor(
    private readonly password: string,
    private readonly field = 'password',
  ) {}

  isBroken(): boolean {
    return this.problem() !== null;
  }

  error(): DomainError {
    const [code, message] = this.problem()!;
    return DomainError.validation(this.field, code, message);
  }

  private problem(): [code: string, message: string] | null {
    const { password, field } = this;
    if (password.length < 10) return ['PASSWORD_TOO_SHORT', `${field} must be at least 10 characters long`];
    if (password.length > 200) return ['PASSWORD_TOO_LONG', `${field} must be at most 200 characters long`];
    if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return ['PASSWORD_TOO_WEAK', `${field} must contain letters and digits`];
    return null;
  }
}

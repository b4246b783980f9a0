import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';

/** Minimum strength for a password chosen by HR or the employee. */
export class PasswordMustBeStrongEnoughRule implements BusinessRule {
  constructor(private readonly password: string) {}

  isBroken(): boolean {
    return this.problem() !== null;
  }

  error(): DomainError {
    const [code, message] = this.problem()!;
    return DomainError.validation('password', code, message);
  }

  private problem(): [code: string, message: string] | null {
    const { password } = this;
    if (password.length < 10) return ['PASSWORD_TOO_SHORT', 'password must be at least 10 characters long'];
    if (password.length > 200) return ['PASSWORD_TOO_LONG', 'password must be at most 200 characters long'];
    if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return ['PASSWORD_TOO_WEAK', 'password must contain letters and digits'];
    return null;
  }
}

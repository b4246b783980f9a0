import { DomainError } from '../../../shared-kernel/domain-error';

/** Minimum strength for a password chosen by HR or the employee. */
export function assertPasswordAcceptable(password: string, field = 'password'): void {
  if (password.length < 10) {
    throw DomainError.validation(field, 'PASSWORD_TOO_SHORT', `${field} must be at least 10 characters long`);
  }
  if (password.length > 200) {
    throw DomainError.validation(field, 'PASSWORD_TOO_LONG', `${field} must be at most 200 characters long`);
  }
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) {
    throw DomainError.validation(field, 'PASSWORD_TOO_WEAK', `${field} must contain letters and digits`);
  }
}

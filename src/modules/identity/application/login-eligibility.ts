import { localDateOf } from '../../../shared-kernel/zone';
import { EmployeeProfilesFacade } from '../../organization/public/employee-profiles.facade';
import { LoginAccount } from '../domain/login-account';

/**
 * An account may log in unless HR disabled it or its employee's status on that day (retired, suspended,
 * on unpaid leave) takes the right away; the status check covers changes dated in the future, too.
 */
export async function loginBlockReason(account: LoginAccount, profiles: EmployeeProfilesFacade, now: Date): Promise<string | null> {
  if (account.disabledAt !== null) return `This account is disabled${account.disabledReason ? `: ${account.disabledReason}` : ''}.`;
  if (account.employeeId === null) return null;
  const today = localDateOf(now, 'Asia/Jakarta');
  const status = await profiles.statusOn(account.employeeId, today);
  if (status !== null && !profiles.isLoginAllowedStatus(status)) return `This account is disabled: the employee's status is ${status}.`;
  return null;
}

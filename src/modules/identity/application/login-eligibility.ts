import { localDateOf } from '../../../shared-kernel/zone';
import { EmployeeProfilesFacade } from '../../organization/public/employee-profiles.facade';
import { UserEntity } from '../infrastructure/persistence/identity.entities';

/**
 * An account may log in unless HR disabled it or its employee's status on that day (retired, suspended,
 * on unpaid leave) takes the right away; the status check covers changes dated in the future, too.
 */
export async function loginBlockReason(user: UserEntity, organization: EmployeeProfilesFacade, now: Date): Promise<string | null> {
  if (user.disabledAt !== null) return `This account is disabled${user.disabledReason ? `: ${user.disabledReason}` : ''}.`;
  if (user.employeeId === null) return null;
  const today = localDateOf(now, 'Asia/Jakarta');
  const status = await organization.statusOn(user.employeeId, today);
  if (status !== null && !organization.isLoginAllowedStatus(status)) return `This account is disabled: the employee's status is ${status}.`;
  return null;
}

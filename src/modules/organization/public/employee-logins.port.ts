import { AuditEntry } from '../../../platform/audit/audit-log';

/**
 * Organization creates employees; Identity owns their logins. This port, implemented by Identity, lets
 * "create an employee with a password" happen in one transaction without Organization depending on Identity.
 * It returns the audit row of the login it created, for the creating command to return with its own.
 */
export abstract class EmployeeLogins {
  abstract createFor(employeeId: string, nip: string, password: string): Promise<AuditEntry>;
}

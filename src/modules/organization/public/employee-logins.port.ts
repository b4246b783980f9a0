/**
 * Organization creates employees; Identity owns their logins. This port, implemented by Identity, lets
 * "create an employee with a password" happen in one transaction without Organization depending on Identity.
 */
export abstract class EmployeeLogins {
  abstract createFor(employeeId: string, nip: string, password: string): Promise<void>;
}

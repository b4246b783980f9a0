import { Actor } from '../../../../platform/auth/actor';

/**
 * Who may read pay: the employee themself, HR, payroll and auditors, and the unit admins of the unit the
 * statement belongs to. Supervisors do not see their team's pay.
 */
export abstract class PayAccess {
  /** `unitId`: the statement's unit; null when there is none yet (then the employee's unit today decides). */
  abstract assertCanReadPay(actor: Actor, employeeId: string, unitId: string | null): Promise<void>;

  /**
   * The units whose statements the actor may list, within `unitId`'s subtree when given: null means every
   * unit (HR, payroll, auditors without a filter).
   */
  abstract listableUnits(actor: Actor, unitId: string | undefined): Promise<string[] | null>;

  abstract assertEmployeeExists(employeeId: string): Promise<void>;
}

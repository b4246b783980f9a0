import { DomainError } from '../../shared-kernel/domain-error';

export const ROLES = ['HR_ADMIN', 'UNIT_ADMIN', 'PAYROLL', 'AUDITOR'] as const;
export type Role = (typeof ROLES)[number];

export interface RoleGrant {
  role: Role;
  /** Only UNIT_ADMIN is scoped: to this unit and its sub-units. */
  unitId: string | null;
}

/** Who is calling: the authenticated account, its employee record (if any) and its role grants. */
export class Actor {
  constructor(
    readonly userId: string,
    readonly username: string,
    readonly employeeId: string | null,
    readonly grants: RoleGrant[],
    /** A login whose password someone else set: it may only change that password (see PasswordChangeGuard). */
    readonly mustChangePassword = false,
  ) {}

  has(role: Role): boolean {
    return this.grants.some((g) => g.role === role);
  }

  get isHrAdmin(): boolean {
    return this.has('HR_ADMIN');
  }

  /** Units whose subtree this actor administers as UNIT_ADMIN. */
  get adminUnitIds(): string[] {
    return this.grants.filter((g) => g.role === 'UNIT_ADMIN' && g.unitId !== null).map((g) => g.unitId!);
  }

  /** HR admins and auditors read everything. */
  get readsEverything(): boolean {
    return this.has('HR_ADMIN') || this.has('AUDITOR');
  }

  /**
   * HR, auditors and payroll read the facts pay is computed from — attendance recaps and summaries,
   * achievement, ratings and statements — and payroll nothing more (not punches, absences' reasons or activities).
   */
  get readsPayFacts(): boolean {
    return this.readsEverything || this.has('PAYROLL');
  }

  isEmployee(employeeId: string): boolean {
    return this.employeeId === employeeId;
  }

  /** Whom a self-service request is about: the employee it names, or the caller when it names none. */
  subjectOrSelf(employeeId: string | null | undefined): string {
    // @IsOptional lets null through as well as a missing field: both mean "me".
    if (employeeId !== undefined && employeeId !== null) return employeeId;
    if (this.employeeId === null) throw DomainError.validation('employeeId', 'REQUIRED', 'employeeId is required for accounts without an employee record.');
    return this.employeeId;
  }
}

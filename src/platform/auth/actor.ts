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

  isEmployee(employeeId: string): boolean {
    return this.employeeId === employeeId;
  }
}

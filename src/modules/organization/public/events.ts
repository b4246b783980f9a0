/** Integration events Organization publishes through the outbox. Versioned: a change of shape is a new type. */
export const EMPLOYEE_CREATED_V1 = 'organization.employee-created.v1';
export const EMPLOYEE_ASSIGNED_V1 = 'organization.employee-assigned.v1';
export const ASSIGNMENT_ENDED_V1 = 'organization.assignment-ended.v1';
export const EMPLOYEE_STATUS_CHANGED_V1 = 'organization.employee-status-changed.v1';
export const UNIT_CHANGED_V1 = 'organization.unit-changed.v1';

export interface EmployeeCreatedV1 {
  employeeId: string;
  nip: string;
  name: string;
  status: string;
  statusSince: string;
}

export interface EmployeeAssignedV1 {
  employeeId: string;
  assignmentId: string;
  positionId: string;
  unitId: string;
  type: 'DEFINITIVE' | 'PLT' | 'PLH';
  startDate: string;
  endDate: string | null;
}

export interface AssignmentEndedV1 {
  employeeId: string;
  assignmentId: string;
  endDate: string;
}

export interface EmployeeStatusChangedV1 {
  employeeId: string;
  status: 'PNS' | 'CPNS' | 'PPPK' | 'STUDY_ASSIGNMENT' | 'UNPAID_LEAVE' | 'SUSPENDED' | 'RETIRED';
  effectiveDate: string;
}

/** A unit moved in the tree or changed its time zone: the placement of everyone in its subtree changed with it. */
export interface UnitChangedV1 {
  unitId: string;
  parentId: string | null;
  timeZone: string;
}

/**
 * `organization.position-regraded.v1`: the position's kelas is `kelas` from `effectiveDate` (days before keep
 * `previousKelas`). Everyone holding the position, definitive or Plt, is paid from it per calendar day.
 */
export const POSITION_REGRADED_V1 = 'organization.position-regraded.v1';

export interface PositionRegradedV1 {
  positionId: string;
  unitId: string;
  kelas: number;
  previousKelas: number;
  effectiveDate: string;
  reason: string | null;
}

import { checkRule } from '../../../shared-kernel/business-rule';
import { DomainError } from '../../../shared-kernel/domain-error';
import { Id } from '../../../shared-kernel/ids';
import { LocalDate, isValidLocalDate } from '../../../shared-kernel/local-date';
import { EndedAssignmentMustNotBeExtendedRule } from './rules/ended-assignment-must-not-be-extended.rule';

/**
 * DEFINITIVE: the employee's own post. PLT (pelaksana tugas): formal acting head of a vacant post.
 * PLH (pelaksana harian): day-to-day stand-in while the head is temporarily away.
 */
export const ASSIGNMENT_TYPES = ['DEFINITIVE', 'PLT', 'PLH'] as const;
export type AssignmentType = (typeof ASSIGNMENT_TYPES)[number];
export type ActingType = Exclude<AssignmentType, 'DEFINITIVE'>;

export function isAssignmentType(value: unknown): value is AssignmentType {
  return typeof value === 'string' && (ASSIGNMENT_TYPES as readonly string[]).includes(value);
}

export interface Assignment {
  readonly id: Id;
  readonly employeeId: Id;
  readonly positionId: Id;
  readonly type: AssignmentType;
  readonly startDate: LocalDate;
  /** Last day held, inclusive; null while open. */
  readonly endDate: LocalDate | null;
}

export interface NewAssignment {
  id: Id;
  employeeId: Id;
  positionId: Id;
  type: unknown;
  startDate: unknown;
  endDate?: unknown;
}

function assertDate(value: unknown, field: 'startDate' | 'endDate'): asserts value is LocalDate {
  if (!isValidLocalDate(value)) {
    throw DomainError.validation(field, 'ASSIGNMENT_DATE_INVALID', `${field} must be a date YYYY-MM-DD, not ${JSON.stringify(value)}.`);
  }
}

function assertEndNotBeforeStart(startDate: LocalDate, endDate: LocalDate): void {
  if (endDate < startDate) {
    throw DomainError.validation('endDate', 'ASSIGNMENT_END_BEFORE_START', `endDate ${endDate} is before startDate ${startDate}; an assignment lasts at least its first day.`);
  }
}

/**
 * A PLH must carry an end date: it covers a known absence (leave, official travel), and an open one
 * would silently keep the approval authority with the stand-in after the head returns.
 */
export function createAssignment(props: NewAssignment): Assignment {
  if (!isAssignmentType(props.type)) {
    throw DomainError.validation('type', 'ASSIGNMENT_TYPE_UNKNOWN', `Assignment type must be one of ${ASSIGNMENT_TYPES.join(', ')}.`);
  }
  assertDate(props.startDate, 'startDate');
  const endDate = props.endDate ?? null;
  if (endDate !== null) {
    assertDate(endDate, 'endDate');
    assertEndNotBeforeStart(props.startDate, endDate);
  } else if (props.type === 'PLH') {
    throw DomainError.validation('endDate', 'PLH_END_DATE_REQUIRED', 'A PLH stands in for a temporary absence: give the last day of the absence as endDate.');
  }
  return {
    id: props.id,
    employeeId: props.employeeId,
    positionId: props.positionId,
    type: props.type,
    startDate: props.startDate,
    endDate,
  };
}

/** Ends an assignment on its last day held (see EndedAssignmentMustNotBeExtendedRule). */
export function endAssignment(assignment: Assignment, endDate: unknown): Assignment {
  assertDate(endDate, 'endDate');
  assertEndNotBeforeStart(assignment.startDate, endDate);
  checkRule(new EndedAssignmentMustNotBeExtendedRule(assignment.endDate, endDate));
  return { ...assignment, endDate };
}

export function isActiveOn(assignment: Assignment, date: LocalDate): boolean {
  return assignment.startDate <= date && (assignment.endDate === null || date <= assignment.endDate);
}

import { DomainError } from '../../../shared-kernel/domain-error';
import { checkRule } from '../../../shared-kernel/business-rule';
import { LocalDate, isValidLocalDate } from '../../../shared-kernel/local-date';
import {
  RetirementMustEndTheStatusHistoryRule,
  StatusChangesMustNotShareADateRule,
  StatusChangeMustChangeTheStatusRule,
  StatusChangeMustNotPrecedeHiringRule,
} from './rules/status-history.rules';

export const EMPLOYEE_STATUSES = ['PNS', 'CPNS', 'PPPK', 'STUDY_ASSIGNMENT', 'UNPAID_LEAVE', 'SUSPENDED', 'RETIRED'] as const;
export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];

/** Statuses someone can be hired with; the others are changes during a career. */
export const INITIAL_STATUSES = ['PNS', 'CPNS', 'PPPK'] as const;

const NO_LOGIN: readonly EmployeeStatus[] = ['RETIRED', 'SUSPENDED', 'UNPAID_LEAVE'];

export function isEmployeeStatus(value: unknown): value is EmployeeStatus {
  return typeof value === 'string' && (EMPLOYEE_STATUSES as readonly string[]).includes(value);
}

/** Someone away on CLTN, suspended or retired does no work to log, so cannot sign in. */
export function isLoginAllowedStatus(status: EmployeeStatus): boolean {
  return !NO_LOGIN.includes(status);
}

export interface StatusChange {
  readonly status: EmployeeStatus;
  /** The status holds from this date (inclusive) until the next change. */
  readonly effectiveDate: LocalDate;
}

/** Changes in date order, at most one per date; the first is the hiring status. */
export type StatusHistory = readonly StatusChange[];

function assertEffectiveDate(date: unknown, field: string): asserts date is LocalDate {
  if (!isValidLocalDate(date)) {
    throw DomainError.validation(field, 'STATUS_DATE_INVALID', `${field} must be a date YYYY-MM-DD, not ${JSON.stringify(date)}.`);
  }
}

export function startStatusHistory(status: unknown, since: unknown): StatusHistory {
  if (typeof status !== 'string' || !(INITIAL_STATUSES as readonly string[]).includes(status)) {
    throw DomainError.validation('status', 'EMPLOYEE_INITIAL_STATUS', `A new employee's status must be one of ${INITIAL_STATUSES.join(', ')}.`);
  }
  assertEffectiveDate(since, 'statusSince');
  return [{ status: status as EmployeeStatus, effectiveDate: since }];
}

/**
 * Back-dated changes are allowed (HR often records a decree after its effective date), as long as
 * the history stays readable: one change per date, none before hiring, none after retirement.
 * Transitions between statuses are not policed: which ones are lawful depends on decrees HR holds.
 */
export function addStatusChange(history: StatusHistory, status: unknown, effectiveDate: unknown): StatusHistory {
  if (!isEmployeeStatus(status)) {
    throw DomainError.validation('status', 'STATUS_UNKNOWN', `Status must be one of ${EMPLOYEE_STATUSES.join(', ')}.`);
  }
  assertEffectiveDate(effectiveDate, 'effectiveDate');
  checkRule(new StatusChangeMustNotPrecedeHiringRule(history, effectiveDate));
  checkRule(new StatusChangesMustNotShareADateRule(history, effectiveDate));
  checkRule(new RetirementMustEndTheStatusHistoryRule(history, status, effectiveDate));
  checkRule(new StatusChangeMustChangeTheStatusRule(statusOn(history, effectiveDate), status, effectiveDate));
  return [...history, { status, effectiveDate }].sort((a, b) => (a.effectiveDate < b.effectiveDate ? -1 : 1));
}

/** The status in force on `date`, or null before the employee was hired. */
export function statusOn(history: StatusHistory, date: LocalDate): EmployeeStatus | null {
  let found: EmployeeStatus | null = null;
  for (const change of history) {
    if (change.effectiveDate > date) break;
    found = change.status;
  }
  return found;
}

/**
 * An employee's status on a day, as far as the allowance cares (organization records it as effective-dated
 * status changes). "No position" is not a status: it is a day without a definitive kelas.
 */
export const EMPLOYMENT_STATUSES = ['PNS', 'PPPK', 'CPNS', 'STUDY_ASSIGNMENT', 'UNPAID_LEAVE', 'SUSPENDED', 'RETIRED'] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

export function isEmploymentStatus(value: unknown): value is EmploymentStatus {
  return typeof value === 'string' && (EMPLOYMENT_STATUSES as readonly string[]).includes(value);
}

import { YearMonth } from '../../../../shared-kernel/year-month';

/**
 * The remuneration policy and allowance tables a month is computed with, as stored: the policy version in
 * force on the month's last day and every allowance table in force on any day of it.
 */
export interface PolicySnapshot {
  policyVersion: { id: string | null; effectiveFrom: string | null; parameters: Record<string, unknown> };
  allowanceTables: Array<{ id: string; name: string; effectiveFrom: string; rates: Record<string, number> }>;
}

export abstract class PolicyVersions {
  abstract snapshotFor(month: YearMonth): Promise<PolicySnapshot>;
}

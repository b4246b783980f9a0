import { YearMonth } from '../../../../shared-kernel/year-month';
import { AllowanceTableSnapshot } from '../../domain/allowance-table';
import { RemunerationPolicySnapshot } from '../../domain/remuneration-policy';

/**
 * What a month is computed with, fixed when its close begins: the remuneration policy version in force on
 * the month's last day and every allowance table in force on any day of it.
 */
export interface MonthPolicy {
  policy: RemunerationPolicySnapshot;
  allowanceTables: AllowanceTableSnapshot[];
}

export abstract class PolicyVersions {
  abstract forMonth(month: YearMonth): Promise<MonthPolicy>;
}

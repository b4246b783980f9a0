import { PERPRES_71_2023_KEMENSOS } from '../../../src/modules/remuneration/domain/allowance-table';
import { StatementInputs } from '../../../src/modules/remuneration/domain/allowance-statement';
import { EntitlementSteps, entitlementDaysFromSteps } from '../../../src/modules/remuneration/domain/gross-allowance';
import { DEFAULT_REMUNERATION_POLICY } from '../../../src/modules/remuneration/domain/remuneration-policy';
import { YearMonth } from '../../../src/shared-kernel/year-month';

/**
 * A month of the default policy and table with no deductions at all: a PNS of the given kelas, on time,
 * every minute done, rated Baik. Tests change what their case is about.
 */
export function statementInputs(month: YearMonth, steps: Partial<EntitlementSteps> & { kelas?: number }, change: Partial<StatementInputs> = {}): StatementInputs {
  const days = entitlementDaysFromSteps(month, {
    kelasFrom: steps.kelasFrom ?? [{ from: `${month}-01`, kelas: steps.kelas ?? 8 }],
    statusFrom: steps.statusFrom ?? [{ from: `${month}-01`, status: 'PNS' }],
    pltKelasFrom: steps.pltKelasFrom ?? [],
  });
  return {
    month,
    days,
    attendancePercent: '0',
    leavePercent: '0',
    activity: { achievement: '1' },
    rating: 'BAIK',
    sanctions: [],
    unreviewedActivities: 0,
    policy: DEFAULT_REMUNERATION_POLICY,
    allowanceTables: [PERPRES_71_2023_KEMENSOS],
    ...change,
  };
}

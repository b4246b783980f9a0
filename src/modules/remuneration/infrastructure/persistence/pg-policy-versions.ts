import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { firstDayOf, lastDayOf, YearMonth } from '../../../../shared-kernel/year-month';
import { MonthPolicy, PolicyVersions } from '../../application/ports/policy-versions';
import { AllowanceTableSnapshot } from '../../domain/allowance-table';
import { DEFAULT_REMUNERATION_POLICY, RemunerationPolicySnapshot } from '../../domain/remuneration-policy';

@Injectable()
export class PgPolicyVersions extends PolicyVersions {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async forMonth(month: YearMonth): Promise<MonthPolicy> {
    const [from, to] = [firstDayOf(month), lastDayOf(month)];
    // Before HR stores a version, the policy the system ships with (rules.md §4–6) applies.
    const [policy] = await this.uow.query<{ parameters: RemunerationPolicySnapshot }>(
      `SELECT parameters FROM remuneration.policy_versions WHERE effective_from <= $1 ORDER BY effective_from DESC LIMIT 1`,
      [to],
    );
    // The table in force on the first day, and every table that takes effect later within the month.
    const allowanceTables = await this.uow.query<AllowanceTableSnapshot>(
      `SELECT t.name AS regulation, to_char(t.effective_from, 'YYYY-MM-DD') AS "effectiveFrom",
              (SELECT jsonb_object_agg(r.kelas::text, r.amount::text) FROM remuneration.allowance_rates r WHERE r.table_id = t.id) AS "baseAmounts"
         FROM remuneration.allowance_tables t
        WHERE t.effective_from <= $2
          AND t.effective_from >= coalesce((SELECT max(effective_from) FROM remuneration.allowance_tables WHERE effective_from <= $1), '-infinity')
        ORDER BY t.effective_from`,
      [from, to],
    );
    return { policy: policy?.parameters ?? DEFAULT_REMUNERATION_POLICY, allowanceTables };
  }
}

import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { firstDayOf, lastDayOf, YearMonth } from '../../../../shared-kernel/year-month';
import { PolicySnapshot, PolicyVersions } from '../../application/ports/policy-versions';

@Injectable()
export class PgPolicyVersions extends PolicyVersions {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async snapshotFor(month: YearMonth): Promise<PolicySnapshot> {
    const [from, to] = [firstDayOf(month), lastDayOf(month)];
    const [policy] = await this.uow.query<{ id: string; effective_from: string; parameters: Record<string, unknown> }>(
      `SELECT id, to_char(effective_from, 'YYYY-MM-DD') AS effective_from, parameters FROM remuneration.policy_versions
        WHERE effective_from <= $1 ORDER BY effective_from DESC LIMIT 1`,
      [to],
    );
    // The table in force on the first day, and every table that takes effect later within the month.
    const tables = await this.uow.query<{ id: string; name: string; effective_from: string; rates: Record<string, number> }>(
      `SELECT t.id, t.name, to_char(t.effective_from, 'YYYY-MM-DD') AS effective_from,
              (SELECT jsonb_object_agg(r.kelas::text, r.amount) FROM remuneration.allowance_rates r WHERE r.table_id = t.id) AS rates
         FROM remuneration.allowance_tables t
        WHERE t.effective_from <= $2
          AND t.effective_from >= coalesce((SELECT max(effective_from) FROM remuneration.allowance_tables WHERE effective_from <= $1), '-infinity')
        ORDER BY t.effective_from`,
      [from, to],
    );
    return {
      policyVersion: policy ? { id: policy.id, effectiveFrom: policy.effective_from, parameters: policy.parameters } : { id: null, effectiveFrom: null, parameters: {} },
      allowanceTables: tables.map((t) => ({ id: t.id, name: t.name, effectiveFrom: t.effective_from, rates: Object.fromEntries(Object.entries(t.rates ?? {}).map(([k, v]) => [k, Number(v)])) })),
    };
  }
}

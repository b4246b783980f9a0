import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { AllowanceTableRepository } from '../../application/ports/allowance-table-repository';
import { EnactedAllowanceTable } from '../../domain/enacted-allowance-table';

@Injectable()
export class PgAllowanceTableRepository extends AllowanceTableRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async existsFrom(effectiveFrom: LocalDate): Promise<boolean> {
    return (await this.uow.query(`SELECT 1 FROM remuneration.allowance_tables WHERE effective_from = $1`, [effectiveFrom])).length > 0;
  }

  async add(table: EnactedAllowanceTable): Promise<void> {
    const t = table.toView();
    await this.uow.query(`INSERT INTO remuneration.allowance_tables (id, name, effective_from) VALUES ($1, $2, $3)`, [t.id, t.regulation, t.effectiveFrom]);
    const kelas = Object.keys(t.baseAmounts);
    await this.uow.query(`INSERT INTO remuneration.allowance_rates (table_id, kelas, amount) SELECT $1, k, a FROM unnest($2::smallint[], $3::bigint[]) AS r(k, a)`, [
      t.id,
      kelas,
      kelas.map((k) => t.baseAmounts[k]),
    ]);
  }
}

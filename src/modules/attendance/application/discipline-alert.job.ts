import { Inject, Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { CLOCK, Clock } from '../../../shared-kernel/clock';
import { addDays } from '../../../shared-kernel/local-date';
import { localDateOf } from '../../../shared-kernel/zone';
import { APP_CONFIG, AppConfig } from '../../../platform/config/app-config';
import { CommandPipeline } from '../../../platform/write/command-pipeline';
import { ScanDisciplineAlerts } from './commands/scan-discipline-alerts';

/**
 * Each night, once yesterday is over everywhere in Indonesia, counts the year's TK days again. Every instance
 * may run it: alerts are unique per (employee, year, threshold), so a second run raises nothing.
 */
@Injectable()
export class DisciplineAlertJob {
  constructor(
    private readonly commands: CommandPipeline,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Cron('30 1 * * *', { timeZone: 'Asia/Jakarta' })
  async run(): Promise<void> {
    if (!this.config.runBackgroundJobs) return;
    const yesterday = addDays(localDateOf(this.clock.now(), 'Asia/Jakarta'), -1);
    await this.commands.execute(new ScanDisciplineAlerts(Number(yesterday.slice(0, 4)), yesterday));
  }
}

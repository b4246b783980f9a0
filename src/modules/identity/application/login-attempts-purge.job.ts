import { Inject, Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { APP_CONFIG, AppConfig } from '../../../platform/config/app-config';
import { CommandPipeline } from '../../../platform/write/command-pipeline';
import { PurgeLoginAttempts } from './commands/purge-login-attempts';

/**
 * Every sprayed username and every address that ever guessed leaves a row; without this the table only
 * grows. Every instance may run it: a second purge finds nothing left to delete.
 */
@Injectable()
export class LoginAttemptsPurgeJob {
  constructor(
    private readonly commands: CommandPipeline,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Cron('17 * * * *')
  async run(): Promise<void> {
    if (!this.config.runBackgroundJobs) return;
    await this.commands.execute<number>(new PurgeLoginAttempts());
  }
}

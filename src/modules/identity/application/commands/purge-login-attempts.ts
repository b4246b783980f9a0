import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { APP_CONFIG, AppConfig } from '../../../../platform/config/app-config';
import { Written, written } from '../../../../platform/write/written';
import { LoginAttempts } from '../ports/login-attempts';

/** Deletes the login-attempt rows whose window has run out; answers how many. */
export class PurgeLoginAttempts {}

@CommandHandler(PurgeLoginAttempts)
export class PurgeLoginAttemptsHandler implements ICommandHandler<PurgeLoginAttempts, Written<number>> {
  constructor(
    private readonly attempts: LoginAttempts,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Housekeeping of counters, not a change anyone made: no audit row. */
  async execute(): Promise<Written<number>> {
    const purged = await this.attempts.purgeExpired(this.clock.now(), { USERNAME: this.config.loginLockMinutes, ADDRESS: this.config.loginAddressLockMinutes });
    return written(purged);
  }
}

import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { LoginFailureLog } from '../../application/ports/login-failure-log';

@Injectable()
export class PgLoginFailureLog extends LoginFailureLog {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async recentCount(username: string, withinMinutes: number): Promise<number> {
    const [{ count }] = await this.uow.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM identity.login_failures
        WHERE lower(username) = lower($1) AND at > now() - make_interval(mins => $2)`,
      [username, withinMinutes],
    );
    return count;
  }

  async record(username: string): Promise<void> {
    await this.uow.query(`INSERT INTO identity.login_failures (username) VALUES ($1)`, [username.slice(0, 200)]);
  }

  async clear(username: string): Promise<void> {
    await this.uow.query(`DELETE FROM identity.login_failures WHERE lower(username) = lower($1)`, [username]);
  }
}

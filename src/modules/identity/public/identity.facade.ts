import { Injectable } from '@nestjs/common';
import { Role } from '../../../platform/auth/actor';
import { UnitOfWork } from '../../../platform/database/unit-of-work';
import { Accounts } from '../application/accounts';

/** What other parts of the system (start-up, demo seed) may ask of Identity. */
@Injectable()
export class IdentityFacade {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: Accounts,
  ) {}

  /** Creates the first HR administrator on an empty system; does nothing once one exists. */
  async ensureFirstAdmin(username: string, password: string): Promise<boolean> {
    return this.uow.run(async () => {
      await this.uow.query(`SELECT pg_advisory_xact_lock(hashtext('identity.first-admin'))`);
      if (await this.accounts.hasHrAdmin()) return false;
      await this.accounts.createAccount(username, password, ['HR_ADMIN']);
      return true;
    });
  }

  async accountExists(username: string): Promise<boolean> {
    return (await this.uow.query(`SELECT 1 FROM identity.users WHERE lower(username) = lower($1)`, [username])).length > 0;
  }

  createAccount(username: string, password: string, roles: Role[]): Promise<string> {
    return this.uow.run(() => this.accounts.createAccount(username, password, roles));
  }
}

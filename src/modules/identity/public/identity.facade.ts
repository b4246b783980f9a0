import { Injectable } from '@nestjs/common';
import { Role } from '../../../platform/auth/actor';
import { CommandPipeline } from '../../../platform/write/command-pipeline';
import { CreateAccount, CreateFirstAdmin } from '../application/commands/create-account';
import { LoginAccountRepository } from '../application/ports/login-account.repository';

/** What other parts of the system (start-up, demo seed) may ask of Identity. */
@Injectable()
export class IdentityFacade {
  constructor(
    private readonly commands: CommandPipeline,
    private readonly logins: LoginAccountRepository,
  ) {}

  /** Creates the first HR administrator on an empty system; does nothing once one exists. */
  ensureFirstAdmin(username: string, password: string): Promise<boolean> {
    return this.commands.execute(new CreateFirstAdmin(username, password));
  }

  accountExists(username: string): Promise<boolean> {
    return this.logins.usernameTaken(username);
  }

  createAccount(username: string, password: string, roles: Role[]): Promise<string> {
    return this.commands.execute(new CreateAccount(username, password, roles));
  }
}

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Role } from '../../../../platform/auth/actor';
import { Written, written } from '../../../../platform/write/written';
import { Accounts } from '../accounts';
import { LoginAccountRepository } from '../ports/login-account.repository';

/** A standalone account: payroll and auditor service accounts, or an extra HR administrator. */
export class CreateAccount {
  constructor(
    readonly username: string,
    readonly password: string,
    readonly roles: Role[],
  ) {}
}

/** The first HR administrator of an empty system; once one exists this does nothing. */
export class CreateFirstAdmin {
  constructor(
    readonly username: string,
    readonly password: string,
  ) {}
}

@CommandHandler(CreateAccount)
export class CreateAccountHandler implements ICommandHandler<CreateAccount, Written<string>> {
  constructor(private readonly accounts: Accounts) {}

  async execute({ username, password, roles }: CreateAccount): Promise<Written<string>> {
    const created = await this.accounts.createAccount(username, password, roles);
    return written(created.targetId, { audit: [created] });
  }
}

@CommandHandler(CreateFirstAdmin)
export class CreateFirstAdminHandler implements ICommandHandler<CreateFirstAdmin, Written<boolean>> {
  constructor(
    private readonly logins: LoginAccountRepository,
    private readonly accounts: Accounts,
  ) {}

  async execute({ username, password }: CreateFirstAdmin): Promise<Written<boolean>> {
    await this.logins.lockFirstAdmin();
    if (await this.logins.anyHrAdmin()) return written(false);
    return written(true, { audit: [await this.accounts.createAccount(username, password, ['HR_ADMIN'])] });
  }
}

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Actor } from '../../../../platform/auth/actor';
import { Written, written } from '../../../../platform/write/written';
import { AccessPolicy } from '../../../organization/public/access-policy';
import { EmployeeProfilesFacade } from '../../../organization/public/employee-profiles.facade';
import { Accounts } from '../accounts';
import { LoginAccountRepository } from '../ports/login-account.repository';

/**
 * An administrator gives an employee a login (username = NIP) or, when they have one, a new password, which
 * its owner must change at the next login. A unit admin reaches only people placed in their subtree today who
 * hold no role: taking over a role-holder's login would lift the admin above their own scope.
 */
export class SetEmployeePassword {
  constructor(
    readonly actor: Actor,
    readonly employeeId: string,
    readonly password: string,
  ) {}
}

@CommandHandler(SetEmployeePassword)
export class SetEmployeePasswordHandler implements ICommandHandler<SetEmployeePassword, Written<void>> {
  constructor(
    private readonly logins: LoginAccountRepository,
    private readonly accounts: Accounts,
    private readonly access: AccessPolicy,
    private readonly profiles: EmployeeProfilesFacade,
  ) {}

  async execute({ actor, employeeId, password }: SetEmployeePassword): Promise<Written<void>> {
    await this.access.assertCanAdministerPlacedEmployee(actor, employeeId);
    if (!actor.isHrAdmin && (await this.logins.grantsOfEmployee(employeeId)).length > 0) {
      throw new DomainError('forbidden', 'TARGET_HOLDS_ROLE', 'This employee holds a role: only an HR administrator sets the password of a role-holder.');
    }
    const audit = (await this.logins.ofEmployee(employeeId))
      ? await this.accounts.resetPassword(employeeId, password)
      : await this.accounts.createFor(employeeId, await this.profiles.nipOf(employeeId), password, true);
    return written(undefined, { audit: [audit] });
  }
}

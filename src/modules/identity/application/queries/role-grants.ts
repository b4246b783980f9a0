import { Injectable } from '@nestjs/common';
import { LoginAccountRepository } from '../ports/login-account.repository';

@Injectable()
export class RoleGrants {
  constructor(private readonly logins: LoginAccountRepository) {}

  async ofEmployee(employeeId: string) {
    return { items: await this.logins.grantsOfEmployee(employeeId) };
  }
}

import { Injectable } from '@nestjs/common';
import { Actor } from '../../../../platform/auth/actor';
import { Page } from '../../../../platform/http/pagination';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { SanctionView } from '../../domain/imposed-sanction';
import { PayAccess } from '../ports/pay-access';
import { RemunerationReadModel } from '../ports/remuneration-read-model';

@Injectable()
export class SanctionQueries {
  constructor(
    private readonly readModel: RemunerationReadModel,
    private readonly access: PayAccess,
  ) {}

  /** An employee's sanctions are few (a handful in a career): one page. */
  async ofEmployee(actor: Actor, employeeId: string): Promise<Page<SanctionView>> {
    await this.access.assertCanReadPay(actor, employeeId, null);
    return { items: await this.readModel.sanctionsOf(employeeId), next: null };
  }

  async get(actor: Actor, id: string): Promise<SanctionView> {
    const sanction = await this.readModel.sanction(id);
    if (!sanction) throw DomainError.notFound('Sanction', id);
    await this.access.assertCanReadPay(actor, sanction.employeeId, null);
    return sanction;
  }
}

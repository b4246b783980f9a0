import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { RemunerationPolicyView } from '../../domain/enacted-remuneration-policy';
import { RemunerationReadModel } from '../ports/remuneration-read-model';

/** The versions are few (one per change of regulation): one page. Who may read them is decided on the route. */
@Injectable()
export class RemunerationPolicyQueries {
  constructor(private readonly readModel: RemunerationReadModel) {}

  async list(): Promise<{ items: RemunerationPolicyView[]; next: null }> {
    return { items: await this.readModel.policyVersions(), next: null };
  }

  async inForce(date: LocalDate): Promise<RemunerationPolicyView> {
    const policy = await this.readModel.policyInForce(date);
    if (!policy) throw DomainError.notFound('Remuneration policy in force on', date);
    return policy;
  }
}

import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { RemunerationPolicyRepository } from '../../application/ports/remuneration-policy-repository';
import { EnactedRemunerationPolicy } from '../../domain/enacted-remuneration-policy';

@Injectable()
export class PgRemunerationPolicyRepository extends RemunerationPolicyRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async existsFrom(effectiveFrom: LocalDate): Promise<boolean> {
    return (await this.uow.query(`SELECT 1 FROM remuneration.policy_versions WHERE effective_from = $1`, [effectiveFrom])).length > 0;
  }

  async nextVersion(): Promise<number> {
    // EXCLUSIVE still lets the close and the routes read the versions; it only queues a second writer.
    await this.uow.query(`LOCK TABLE remuneration.policy_versions IN EXCLUSIVE MODE`);
    const [{ next }] = await this.uow.query<{ next: number }>(`SELECT coalesce(max(version), 0) + 1 AS next FROM remuneration.policy_versions`);
    return next;
  }

  async add(policy: EnactedRemunerationPolicy): Promise<void> {
    const p = policy.policy.toSnapshot();
    await this.uow.query(`INSERT INTO remuneration.policy_versions (id, version, effective_from, parameters) VALUES ($1, $2, $3, $4)`, [
      policy.id,
      p.version,
      p.effectiveFrom,
      JSON.stringify(p),
    ]);
  }
}

import { AggregateRoot } from '../../../shared-kernel/domain-event';
import { RemunerationPolicyEnacted } from './events/policy-events';
import { RemunerationPolicy, RemunerationPolicySnapshot } from './remuneration-policy';

/** A remuneration policy version as HR enters it: every parameter of rules.md §4–6, from a date. */
export class EnactedRemunerationPolicy extends AggregateRoot<RemunerationPolicyEnacted> {
  private constructor(
    readonly id: string,
    readonly policy: RemunerationPolicy,
  ) {
    super();
  }

  static enact(id: string, snapshot: RemunerationPolicySnapshot): EnactedRemunerationPolicy {
    const enacted = new EnactedRemunerationPolicy(id, RemunerationPolicy.fromSnapshot(snapshot));
    enacted.record({ type: 'RemunerationPolicyEnacted', policyId: id, policy: enacted.policy.toSnapshot() });
    return enacted;
  }

  toView(): RemunerationPolicyView {
    return { id: this.id, ...this.policy.toSnapshot() };
  }
}

export type RemunerationPolicyView = RemunerationPolicySnapshot & { id: string };

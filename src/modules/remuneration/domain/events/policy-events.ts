import { DomainEvent } from '../../../../shared-kernel/domain-event';
import { RemunerationPolicySnapshot } from '../remuneration-policy';

/** HR set new parameters of rules.md §4–6 from a date: months closed from then on are computed with them. */
export interface RemunerationPolicyEnacted extends DomainEvent {
  type: 'RemunerationPolicyEnacted';
  policyId: string;
  policy: RemunerationPolicySnapshot;
}

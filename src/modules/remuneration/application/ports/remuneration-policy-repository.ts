import { LocalDate } from '../../../../shared-kernel/local-date';
import { EnactedRemunerationPolicy } from '../../domain/enacted-remuneration-policy';

export abstract class RemunerationPolicyRepository {
  abstract existsFrom(effectiveFrom: LocalDate): Promise<boolean>;

  /** The number the next version gets; holds the versions until the transaction ends, so two HR entries cannot take the same. */
  abstract nextVersion(): Promise<number>;

  abstract add(policy: EnactedRemunerationPolicy): Promise<void>;
}

import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';

/** A NIP identifies one civil servant for life (BKN issues it once); two records would split their history. */
export class NipMustBeUniqueRule implements BusinessRule {
  constructor(
    private readonly nip: string,
    private readonly alreadyRegistered: boolean,
  ) {}

  isBroken(): boolean {
    return this.alreadyRegistered;
  }

  error(): DomainError {
    return DomainError.conflict('NIP_TAKEN', `An employee with NIP ${this.nip} is already registered.`, 'nip', { nip: this.nip });
  }
}

import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { RequestStatus } from '../leave-request';

/** A request is decided once: an approval is not turned into a rejection afterwards, nor the other way round. */
export class RequestMustAwaitDecisionRule implements BusinessRule {
  constructor(
    private readonly what: string,
    private readonly status: RequestStatus,
  ) {}

  isBroken(): boolean {
    return this.status !== 'SUBMITTED';
  }

  error(): DomainError {
    return DomainError.conflict('ALREADY_DECIDED', `This ${this.what} is already ${this.status}.`, undefined, { status: this.status });
  }
}

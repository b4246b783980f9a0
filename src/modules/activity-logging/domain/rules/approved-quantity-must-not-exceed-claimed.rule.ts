import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { Dec } from '../../../../shared-kernel/decimal';
import { DomainError } from '../../../../shared-kernel/domain-error';

/** A supervisor may approve less than was claimed, never more. */
export class ApprovedQuantityMustNotExceedClaimedRule implements BusinessRule {
  static readonly CODE = 'APPROVED_QUANTITY_ABOVE_CLAIMED';

  constructor(
    private readonly approved: Dec,
    private readonly claimed: string,
  ) {}

  isBroken(): boolean {
    return this.approved.greaterThan(new Dec(this.claimed));
  }

  error(): DomainError {
    return DomainError.rule(ApprovedQuantityMustNotExceedClaimedRule.CODE, `The approved quantity may not exceed the claimed ${this.claimed}.`, 'approvedQuantity', {
      claimed: this.claimed,
    });
  }
}

import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { Appraiser } from '../appraiser';

/**
 * An objection is decided by the appraiser's own superior (*atasan pejabat penilai*). Whoever gave the
 * contested rating may not decide on it, even when they also act in the superior's position: the
 * objection would then be no review at all.
 */
export class OnlyTheAppraisersSuperiorMayDecideObjectionRule implements BusinessRule {
  constructor(
    private readonly appraisersSuperior: Appraiser | null,
    private readonly caller: Id,
    private readonly contestedRatingBy: Id,
  ) {}

  isBroken(): boolean {
    return this.appraisersSuperior?.employeeId !== this.caller || this.caller === this.contestedRatingBy;
  }

  error(): DomainError {
    if (this.appraisersSuperior === null) {
      return DomainError.rule('NO_APPRAISERS_SUPERIOR', 'The appraiser has no superior to decide the objection; fix the position hierarchy first.');
    }
    if (this.appraisersSuperior.employeeId !== this.caller) {
      return DomainError.forbidden("Only the appraiser's own superior may decide an objection.", 'APPRAISERS_SUPERIOR_DECIDES');
    }
    return DomainError.forbidden('The person who gave the contested rating may not decide the objection to it.', 'APPRAISER_MAY_NOT_DECIDE_OBJECTION');
  }
}

import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { Appraiser } from '../appraiser';

/**
 * An objection is decided by the appraiser's own superior (*atasan pejabat penilai*). Whoever gave the
 * contested rating may not decide on it, even when they also act in the superior's position: the
 * objection would then be no review at all.
 */
export class OnlyTheAppraisersSuperiorMayDecideObjectionRule {
  static check(appraisersSuperior: Appraiser | null, caller: Id, contestedRatingBy: Id): Appraiser {
    if (appraisersSuperior === null) {
      throw DomainError.rule('NO_APPRAISERS_SUPERIOR', "The appraiser has no superior to decide the objection; fix the position hierarchy first.");
    }
    if (appraisersSuperior.employeeId !== caller) {
      throw DomainError.forbidden("Only the appraiser's own superior may decide an objection.");
    }
    if (caller === contestedRatingBy) {
      throw DomainError.forbidden('The person who gave the contested rating may not decide the objection to it.');
    }
    return appraisersSuperior;
  }
}

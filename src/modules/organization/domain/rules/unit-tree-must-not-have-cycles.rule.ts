import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { wouldCloseCycle } from '../tree-cycle';

export class UnitTreeMustNotHaveCyclesRule implements BusinessRule {
  /** `ancestorIdsOfProposedParent`: the proposed parent's parent, its parent, … up to the root. */
  constructor(
    private readonly unitId: Id,
    private readonly proposedParentId: Id | null,
    private readonly ancestorIdsOfProposedParent: readonly Id[],
  ) {}

  isBroken(): boolean {
    return wouldCloseCycle(this.unitId, this.proposedParentId, this.ancestorIdsOfProposedParent);
  }

  error(): DomainError {
    return DomainError.conflict(
      'UNIT_TREE_CYCLE',
      `Unit ${this.proposedParentId} is the unit itself or one of its sub-units, so it cannot become its parent; choose a unit outside this subtree.`,
      'parentId',
    );
  }
}

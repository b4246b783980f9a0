import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { wouldCloseCycle } from '../tree-cycle';

/** A loop would make supervisor resolution climb forever and someone their own superior. */
export class PositionHierarchyMustNotHaveCyclesRule implements BusinessRule {
  /** `ancestorIdsOfProposedParent`: the proposed parent position's parent, its parent, … to the top. */
  constructor(
    private readonly positionId: Id,
    private readonly proposedParentPositionId: Id | null,
    private readonly ancestorIdsOfProposedParent: readonly Id[],
  ) {}

  isBroken(): boolean {
    return wouldCloseCycle(this.positionId, this.proposedParentPositionId, this.ancestorIdsOfProposedParent);
  }

  error(): DomainError {
    return DomainError.conflict(
      'POSITION_HIERARCHY_CYCLE',
      `Position ${this.proposedParentPositionId} is this position or reports to it, so it cannot be its parent position; choose a position higher up.`,
      'parentPositionId',
    );
  }
}

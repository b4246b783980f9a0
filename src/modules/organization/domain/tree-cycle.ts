import { Id } from '../../../shared-kernel/ids';

/**
 * Hanging `nodeId` under `proposedParentId` closes a loop when the node is that parent or one of
 * its ancestors. Checking the proposed parent's chain is enough: the tree was acyclic before.
 */
export function wouldCloseCycle(nodeId: Id, proposedParentId: Id | null, ancestorIdsOfProposedParent: readonly Id[]): boolean {
  if (proposedParentId === null) return false;
  return proposedParentId === nodeId || ancestorIdsOfProposedParent.includes(nodeId);
}

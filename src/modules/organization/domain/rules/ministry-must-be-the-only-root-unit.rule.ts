import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';

/** The tree describes one ministry: a second root would be a unit outside every scope and roll-up. */
export class MinistryMustBeTheOnlyRootUnitRule implements BusinessRule {
  constructor(private readonly rootExists: boolean) {}

  isBroken(): boolean {
    return this.rootExists;
  }

  error(): DomainError {
    return DomainError.conflict('ROOT_UNIT_EXISTS', 'The ministry (root unit) already exists: give parentId.', 'parentId');
  }
}

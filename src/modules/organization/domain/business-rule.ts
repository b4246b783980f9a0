import { DomainError } from '../../../shared-kernel/domain-error';

/**
 * A named invariant that spans more than one object (so no single aggregate can guard it alone).
 * The application layer loads what the rule needs and calls `checkRule` before saving.
 */
export interface BusinessRule {
  isBroken(): boolean;
  error(): DomainError;
}

export function checkRule(rule: BusinessRule): void {
  if (rule.isBroken()) throw rule.error();
}

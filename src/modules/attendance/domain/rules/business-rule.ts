import { DomainError } from '../../../../shared-kernel/domain-error';

/** A named business rule that a command checks before it changes anything. */
export interface BusinessRule {
  readonly code: string;
  readonly field?: string;
  isBroken(): boolean;
  message(): string;
}

export function checkRule(rule: BusinessRule): void {
  if (rule.isBroken()) throw DomainError.rule(rule.code, rule.message(), rule.field);
}

import { DomainError } from './domain-error';

/**
 * The one way a business rule is written: a class named as the rule reads in the domain's language
 * (`AbsencesMustNotOverlapRule`), built with the facts it needs, that says whether it is broken and,
 * if so, the error a person can act on. Aggregates check their own rules; a rule that spans aggregates
 * is checked by the handler with the facts it loaded.
 */
export interface BusinessRule {
  isBroken(): boolean;
  error(): DomainError;
}

export function checkRule(rule: BusinessRule): void {
  if (rule.isBroken()) throw rule.error();
}

import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate } from '../../../../shared-kernel/local-date';

export class AbsenceMustNotEndBeforeItStartsRule implements BusinessRule {
  constructor(
    private readonly startDate: LocalDate,
    private readonly endDate: LocalDate,
  ) {}

  isBroken(): boolean {
    return this.endDate < this.startDate;
  }

  error(): DomainError {
    return DomainError.validation('endDate', 'RANGE_INVERTED', 'endDate must not be before startDate.');
  }
}

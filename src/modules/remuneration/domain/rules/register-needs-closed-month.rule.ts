import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';

/** The register is what payroll pays from: only a closed month's statements are final enough to list. */
export class RegisterNeedsClosedMonthRule implements BusinessRule {
  constructor(
    private readonly month: string,
    private readonly status: string,
  ) {}

  isBroken(): boolean {
    return this.status !== 'CLOSED';
  }

  error(): DomainError {
    return DomainError.conflict('MONTH_NOT_CLOSED', `${this.month} is ${this.status}: the allowance register lists the statements of a closed month.`, 'month', {
      month: this.month,
      status: this.status,
    });
  }
}

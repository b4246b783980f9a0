import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate } from '../../../../shared-kernel/local-date';

/**
 * Ending may shorten an assignment that already has an end (a Plt relieved early), but not
 * lengthen one: that would revive days the organisation already treated as someone else's.
 */
export class EndedAssignmentMustNotBeExtendedRule implements BusinessRule {
  constructor(
    private readonly endDate: LocalDate | null,
    private readonly proposedEndDate: LocalDate,
  ) {}

  isBroken(): boolean {
    return this.endDate !== null && this.endDate < this.proposedEndDate;
  }

  error(): DomainError {
    return DomainError.conflict(
      'ASSIGNMENT_ALREADY_ENDED',
      `This assignment already ended on ${this.endDate}; it cannot be extended to ${this.proposedEndDate}. Create a new assignment instead.`,
      'endDate',
      { endDate: this.endDate!, proposedEndDate: this.proposedEndDate },
    );
  }
}

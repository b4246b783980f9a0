import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { Dec } from '../../../../shared-kernel/decimal';
import { DomainError } from '../../../../shared-kernel/domain-error';

/** A lower approved quantity costs the employee minutes: they are owed the reason, as with a rejection. */
export class ReducedApprovalMustHaveNoteRule implements BusinessRule {
  static readonly CODE = 'NOTE_REQUIRED_FOR_LOWER_QUANTITY';

  constructor(
    private readonly approved: Dec,
    private readonly claimed: string,
    private readonly note: string | null,
  ) {}

  isBroken(): boolean {
    return this.approved.lessThan(new Dec(this.claimed)) && this.note === null;
  }

  error(): DomainError {
    return DomainError.validation('note', ReducedApprovalMustHaveNoteRule.CODE, 'Say why a lower quantity is approved.');
  }
}

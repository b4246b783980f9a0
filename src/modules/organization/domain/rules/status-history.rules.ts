import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate } from '../../../../shared-kernel/local-date';

/** The status history as the rules read it (employee-status.ts, which checks them, defines the real types). */
type StatusHistory = ReadonlyArray<{ readonly status: string; readonly effectiveDate: LocalDate }>;

/** Before the first status the person was not yet a civil servant; nothing can have changed then. */
export class StatusChangeMustNotPrecedeHiringRule implements BusinessRule {
  constructor(
    private readonly history: StatusHistory,
    private readonly effectiveDate: LocalDate,
  ) {}

  isBroken(): boolean {
    return this.history.length > 0 && this.effectiveDate < this.history[0].effectiveDate;
  }

  error(): DomainError {
    return DomainError.rule(
      'STATUS_BEFORE_HIRING',
      `A status change cannot take effect on ${this.effectiveDate}, before the employee's first status on ${this.history[0].effectiveDate}.`,
      'effectiveDate',
      { effectiveDate: this.effectiveDate, firstDate: this.history[0].effectiveDate },
    );
  }
}

/** Two changes on one date would leave the status of that day to chance. */
export class StatusChangesMustNotShareADateRule implements BusinessRule {
  constructor(
    private readonly history: StatusHistory,
    private readonly effectiveDate: LocalDate,
  ) {}

  isBroken(): boolean {
    return this.history.some((c) => c.effectiveDate === this.effectiveDate);
  }

  error(): DomainError {
    return DomainError.conflict(
      'STATUS_CHANGE_SAME_DATE',
      `The employee already has a status change on ${this.effectiveDate}; correct that change instead of adding a second one.`,
      'effectiveDate',
      { effectiveDate: this.effectiveDate },
    );
  }
}

/** Retirement ends the history: no change follows it, and a retirement cannot be slipped in before later changes. */
export class RetirementMustEndTheStatusHistoryRule implements BusinessRule {
  private readonly retirement: LocalDate | null;

  constructor(
    private readonly history: StatusHistory,
    private readonly status: string,
    private readonly effectiveDate: LocalDate,
  ) {
    this.retirement = history.find((c) => c.status === 'RETIRED')?.effectiveDate ?? null;
  }

  isBroken(): boolean {
    return this.followsRetirement() || this.precedesLaterChanges();
  }

  error(): DomainError {
    return DomainError.rule(
      'STATUS_AFTER_RETIREMENT',
      this.followsRetirement()
        ? `The employee retired on ${this.retirement}; no status change can follow it.`
        : `Retirement on ${this.effectiveDate} would come before status changes already recorded later; remove those first.`,
      'effectiveDate',
    );
  }

  private followsRetirement(): boolean {
    return this.retirement !== null && this.effectiveDate > this.retirement;
  }

  private precedesLaterChanges(): boolean {
    return this.status === 'RETIRED' && this.history.some((c) => c.effectiveDate > this.effectiveDate);
  }
}

/** A "change" to the status already in force would be noise in the history and a false event for others. */
export class StatusChangeMustChangeTheStatusRule implements BusinessRule {
  /** `statusInForce`: the status on `effectiveDate` before the change. */
  constructor(
    private readonly statusInForce: string | null,
    private readonly status: string,
    private readonly effectiveDate: LocalDate,
  ) {}

  isBroken(): boolean {
    return this.statusInForce === this.status;
  }

  error(): DomainError {
    return DomainError.rule('STATUS_UNCHANGED', `The employee is already ${this.status} on ${this.effectiveDate}.`, 'status', {
      status: this.status,
      effectiveDate: this.effectiveDate,
    });
  }
}

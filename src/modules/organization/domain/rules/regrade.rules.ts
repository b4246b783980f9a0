import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate } from '../../../../shared-kernel/local-date';

/**
 * The position's kelas as shown today is the kelas in force today; a regrade decreed ahead of time is
 * entered on or after the day it takes effect, so that listing never shows a kelas not yet in force.
 */
export class RegradeMustNotBeInTheFutureRule implements BusinessRule {
  constructor(
    private readonly effectiveDate: LocalDate,
    private readonly today: LocalDate,
  ) {}

  isBroken(): boolean {
    return this.effectiveDate > this.today;
  }

  error(): DomainError {
    return DomainError.validation(
      'effectiveDate',
      'REGRADE_IN_FUTURE',
      `A regrade takes effect on ${this.effectiveDate}, after today (${this.today}); enter it on or after that day.`,
      { effectiveDate: this.effectiveDate, today: this.today },
    );
  }
}

/** Kelas history only grows at its end: a regrade before the last one would silently rewrite the days after it. */
export class RegradeMustFollowTheLastRegradeRule implements BusinessRule {
  constructor(
    private readonly lastEffectiveFrom: LocalDate | null,
    private readonly effectiveDate: LocalDate,
  ) {}

  isBroken(): boolean {
    return this.lastEffectiveFrom !== null && this.effectiveDate <= this.lastEffectiveFrom;
  }

  error(): DomainError {
    return DomainError.conflict(
      'REGRADE_BEFORE_LAST',
      `The position was last regraded with effect from ${this.lastEffectiveFrom}; a regrade must take effect after that date, not on ${this.effectiveDate}.`,
      'effectiveDate',
      { lastEffectiveFrom: this.lastEffectiveFrom!, effectiveDate: this.effectiveDate },
    );
  }
}

export class RegradeMustChangeTheKelasRule implements BusinessRule {
  constructor(
    private readonly kelasInForce: number,
    private readonly kelas: number,
  ) {}

  isBroken(): boolean {
    return this.kelasInForce === this.kelas;
  }

  error(): DomainError {
    return DomainError.validation('kelas', 'KELAS_UNCHANGED', `The position already has kelas ${this.kelas} on that date.`, { kelas: this.kelas });
  }
}

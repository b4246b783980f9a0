import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { periodsOverlap } from '../../../../shared-kernel/local-date';
import { Absence } from '../absence';

/**
 * One day carries one absence: a new or changed absence may not share a day with another of the same
 * employee that is still in force (the caller passes the submitted and approved ones).
 */
export class AbsencesMustNotOverlapRule implements BusinessRule {
  constructor(
    private readonly candidate: Absence,
    private readonly existing: readonly Absence[],
  ) {}

  private overlapping(): Absence[] {
    return this.existing.filter(
      (a) => (a.id === undefined || a.id !== this.candidate.id) && periodsOverlap(a.startDate, a.endDate, this.candidate.startDate, this.candidate.endDate),
    );
  }

  isBroken(): boolean {
    return this.overlapping().length > 0;
  }

  error(): DomainError {
    const clashes = this.overlapping()
      .map((a) => `${a.type} ${a.startDate} to ${a.endDate}`)
      .join(', ');
    return DomainError.rule('ABSENCES_OVERLAP', `The absence from ${this.candidate.startDate} to ${this.candidate.endDate} overlaps ${clashes}.`, 'startDate', {
      startDate: this.candidate.startDate,
      endDate: this.candidate.endDate,
    });
  }
}

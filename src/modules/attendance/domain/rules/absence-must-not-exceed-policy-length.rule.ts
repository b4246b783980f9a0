import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { spanDays } from '../../../../shared-kernel/date-span';
import { LocalDate } from '../../../../shared-kernel/local-date';

/** An absence spans at most the attendance policy's `maxAbsenceCalendarDays`, both ends included. */
export class AbsenceMustNotExceedPolicyLengthRule implements BusinessRule {
  constructor(
    private readonly startDate: LocalDate,
    private readonly endDate: LocalDate,
    private readonly maxCalendarDays: number,
  ) {}

  isBroken(): boolean {
    return spanDays(this.startDate, this.endDate) > this.maxCalendarDays;
  }

  error(): DomainError {
    return DomainError.validation(
      'endDate',
      'ABSENCE_TOO_LONG',
      `An absence may span at most ${this.maxCalendarDays} calendar days (the attendance policy's maxAbsenceCalendarDays): file a longer one as consecutive absences.`,
    );
  }
}

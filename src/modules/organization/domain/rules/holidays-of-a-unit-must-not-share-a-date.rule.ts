import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Holiday } from '../holiday-calendar';

/** A second holiday on the same date for the same unit (or nationally) would count one closed day twice. */
export class HolidaysOfAUnitMustNotShareADateRule implements BusinessRule {
  /** `holidaysThatDay`: every holiday already entered on the candidate's date, of any unit. */
  constructor(
    private readonly candidate: Holiday,
    private readonly holidaysThatDay: readonly Holiday[],
  ) {}

  isBroken(): boolean {
    return this.holidaysThatDay.some((h) => h.unitId === this.candidate.unitId);
  }

  error(): DomainError {
    return DomainError.conflict('HOLIDAY_EXISTS', `There is already a holiday on ${this.candidate.date} for ${this.candidate.unitId ?? 'the whole ministry'}.`, 'date', {
      date: this.candidate.date,
    });
  }
}

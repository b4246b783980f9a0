import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { Clock } from '../../../../shared-kernel/clock';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate, daysBetween } from '../../../../shared-kernel/local-date';
import { localDateOf } from '../../../../shared-kernel/zone';

/**
 * An activity is logged while it is fresh: at most `windowDays` calendar days after its date, counted in
 * the zone of the employee's unit (a Jayapura employee's day ends two hours before a Jakarta one's).
 */
export class ActivityMustBeLoggedWithinEntryWindowRule implements BusinessRule {
  static readonly CODE = 'ENTRY_WINDOW_CLOSED';
  private readonly daysAgo: number;

  constructor(
    private readonly activity: { date: LocalDate },
    zone: string,
    clock: Clock,
    private readonly windowDays: number,
  ) {
    this.daysAgo = daysBetween(activity.date, localDateOf(clock.now(), zone));
  }

  isBroken(): boolean {
    return this.daysAgo > this.windowDays;
  }

  error(): DomainError {
    return DomainError.rule(
      ActivityMustBeLoggedWithinEntryWindowRule.CODE,
      `Activities can be logged up to ${this.windowDays} days after their date; ${this.activity.date} is ${this.daysAgo} days ago.`,
      'date',
      { windowDays: this.windowDays, date: this.activity.date, daysAgo: this.daysAgo },
    );
  }
}

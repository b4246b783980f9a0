import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { Clock } from '../../../../shared-kernel/clock';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { instantAt } from '../../../../shared-kernel/zone';

/** An activity is logged once it has ended, judged in the zone of the employee's unit. */
export class ActivityMustHaveEndedRule implements BusinessRule {
  static readonly CODE = 'ACTIVITY_IN_FUTURE';

  constructor(
    private readonly activity: { date: LocalDate; endTime: string },
    private readonly zone: string,
    private readonly clock: Clock,
  ) {}

  isBroken(): boolean {
    return instantAt(this.activity.date, this.activity.endTime, this.zone).getTime() > this.clock.now().getTime();
  }

  error(): DomainError {
    return DomainError.rule(ActivityMustHaveEndedRule.CODE, 'An activity can be logged only after it has ended.', 'endTime');
  }
}

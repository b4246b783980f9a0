import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate } from '../../../../shared-kernel/local-date';

/** Only the employee's supervisor on the request's date decides it: the definitive head, a Plt or a Plh. */
export class OnlyTheSupervisorDecidesRule implements BusinessRule {
  constructor(
    private readonly deciderEmployeeId: string | null,
    private readonly supervisorEmployeeId: string | null,
    private readonly date: LocalDate,
  ) {}

  isBroken(): boolean {
    return this.deciderEmployeeId === null || this.supervisorEmployeeId !== this.deciderEmployeeId;
  }

  error(): DomainError {
    return DomainError.forbidden(`Only the employee's supervisor on ${this.date} (the head of the superior position, a Plt or a Plh) decides this request.`, 'SUPERVISOR_DECIDES', {
      date: this.date,
    });
  }
}

import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { PermitType } from '../permit';
import { RequestStatus } from '../leave-request';

/** A day carries at most one permit of each type that is still submitted or approved. */
export class OnePermitOfATypePerDayRule implements BusinessRule {
  constructor(
    private readonly candidate: { type: PermitType; date: LocalDate },
    private readonly sameDay: ReadonlyArray<{ type: PermitType; status: RequestStatus }>,
  ) {}

  isBroken(): boolean {
    return this.sameDay.some((p) => p.type === this.candidate.type && p.status !== 'REJECTED');
  }

  error(): DomainError {
    return DomainError.conflict('PERMIT_EXISTS', `A ${this.candidate.type} permit for ${this.candidate.date} is already submitted or approved.`, 'type', {
      type: this.candidate.type,
      date: this.candidate.date,
    });
  }
}

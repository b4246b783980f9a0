import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';

/** Administrators choose office hours by code; two schedules with one code would make the choice ambiguous. */
export class WorkScheduleCodeMustBeUniqueRule implements BusinessRule {
  constructor(
    private readonly code: string,
    private readonly alreadyTaken: boolean,
  ) {}

  isBroken(): boolean {
    return this.alreadyTaken;
  }

  error(): DomainError {
    return DomainError.conflict('SCHEDULE_CODE_TAKEN', `A work schedule with code ${this.code} exists.`, 'code', { code: this.code });
  }
}

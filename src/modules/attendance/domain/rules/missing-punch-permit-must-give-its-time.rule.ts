import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { PermitType } from '../permit';

/** A MISSING_PUNCH permit stands in for the punch the device lacks, so it must say when that punch was. */
export class MissingPunchPermitMustGiveItsTimeRule implements BusinessRule {
  constructor(
    private readonly type: PermitType,
    private readonly time: string | null | undefined,
  ) {}

  isBroken(): boolean {
    return this.type === 'MISSING_PUNCH' && !this.time;
  }

  error(): DomainError {
    return DomainError.validation('time', 'MISSING_PUNCH_TIME_REQUIRED', 'A MISSING_PUNCH permit must give the time of the punch as HH:mm.');
  }
}

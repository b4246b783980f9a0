import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { newId } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { yearMonthOf } from '../../../../shared-kernel/year-month';
import { PeriodLock } from '../../../../platform/period-lock/period-lock';
import { written } from '../../../../platform/write/written';
import { StoredPolicyParameters } from '../../domain/policy-timeline';
import { PolicyBook } from '../policy-book';
import { AttendancePolicies } from '../ports/attendance-policies';

export class SetAttendancePolicy {
  constructor(
    readonly effectiveFrom: LocalDate,
    /** Only the parameters that change; the rest carry over from the version in force on effectiveFrom. */
    readonly changes: Partial<StoredPolicyParameters>,
  ) {}
}

/**
 * HR stores a new policy version from a date on. A version for a closed month would silently change results
 * already paid, so that month must still be open.
 */
@CommandHandler(SetAttendancePolicy)
export class SetAttendancePolicyHandler implements ICommandHandler<SetAttendancePolicy> {
  constructor(
    private readonly policies: AttendancePolicies,
    private readonly book: PolicyBook,
    private readonly periods: PeriodLock,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ effectiveFrom, changes }: SetAttendancePolicy) {
    await this.periods.assertOpen(yearMonthOf(effectiveFrom));
    const timeline = await this.book.timeline();
    const inForce = timeline.versionOn(effectiveFrom);
    const version = timeline.successor(newId(), effectiveFrom, changes, this.clock.now());
    await this.policies.add(version);
    const view = { id: version.id, effectiveFrom, parameters: version.parameters };
    return written(view, {
      audit: [
        { action: 'SetAttendancePolicy', targetType: 'AttendancePolicy', targetId: version.id, before: { effectiveFrom: inForce.effectiveFrom, id: inForce.id }, after: view },
      ],
    });
  }
}

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { newId } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { yearMonthOf } from '../../../../shared-kernel/year-month';
import { AuditLog } from '../../../../platform/audit/audit-log';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { PeriodLock } from '../../../../platform/period-lock/period-lock';
import { AttendanceRepository } from '../../infrastructure/persistence/attendance.repository';
import { PolicyBook, StoredPolicyParameters, policyFromStored, toStoredParameters } from '../policy-book';

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
    private readonly uow: UnitOfWork,
    private readonly repo: AttendanceRepository,
    private readonly policies: PolicyBook,
    private readonly periods: PeriodLock,
    private readonly audit: AuditLog,
  ) {}

  async execute({ effectiveFrom, changes }: SetAttendancePolicy) {
    return this.uow.run(async () => {
      await this.periods.assertOpen(yearMonthOf(effectiveFrom));
      const timeline = await this.policies.timeline();
      const inForce = timeline.versionOn(effectiveFrom);
      if (inForce.effectiveFrom === effectiveFrom) {
        throw DomainError.conflict('POLICY_VERSION_EXISTS', `A policy version already takes effect on ${effectiveFrom}; choose another date.`, 'effectiveFrom');
      }
      const base = toStoredParameters(inForce.policy);
      const merged: StoredPolicyParameters = {
        ...base,
        ...changes,
        latenessCompensation: { ...base.latenessCompensation, ...changes.latenessCompensation },
        shiftEventWindow: { ...base.shiftEventWindow, ...changes.shiftEventWindow },
        leaveDeductionPercent: { ...base.leaveDeductionPercent, ...changes.leaveDeductionPercent },
        sickLeave: { ...base.sickLeave, ...changes.sickLeave },
        annualLeave: { ...base.annualLeave, ...changes.annualLeave },
      };
      const parameters = toStoredParameters(policyFromStored(merged));
      const id = newId();
      await this.repo.insertPolicy(id, effectiveFrom, parameters);
      const view = { id, effectiveFrom, parameters };
      await this.audit.record({ action: 'SetAttendancePolicy', targetType: 'AttendancePolicy', targetId: id, before: { effectiveFrom: inForce.effectiveFrom, id: inForce.id }, after: view });
      return view;
    });
  }
}

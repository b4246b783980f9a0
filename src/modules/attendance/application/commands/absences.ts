import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { newId } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { Actor } from '../../../../platform/auth/actor';
import { AuditLog } from '../../../../platform/audit/audit-log';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { AbsenceType } from '../../domain/attendance-code';
import { AbsencesMustNotOverlapRule } from '../../domain/rules/absences-must-not-overlap.rule';
import { AnnualLeaveMustNotExceedEntitlementRule } from '../../domain/rules/annual-leave-must-not-exceed-entitlement.rule';
import { checkRule } from '../../domain/rules/business-rule';
import { AbsenceRecord, AttendanceRepository } from '../../infrastructure/persistence/attendance.repository';
import { LeaveRequests } from '../leave-requests';

export const absenceView = (a: AbsenceRecord) => ({
  id: a.id,
  employeeId: a.employeeId,
  type: a.type,
  startDate: a.startDate,
  endDate: a.endDate,
  reason: a.reason,
  status: a.status,
  decidedAt: a.decidedAt?.toISOString() ?? null,
  decisionReason: a.decisionReason,
});

export class FileAbsence {
  constructor(
    readonly actor: Actor,
    readonly input: { employeeId: string; type: AbsenceType; startDate: LocalDate; endDate: LocalDate; reason: string },
  ) {}
}

@CommandHandler(FileAbsence)
export class FileAbsenceHandler implements ICommandHandler<FileAbsence> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: AttendanceRepository,
    private readonly requests: LeaveRequests,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actor, input }: FileAbsence) {
    if (input.endDate < input.startDate) throw DomainError.validation('endDate', 'RANGE_INVERTED', 'endDate must not be before startDate.');
    const filing = await this.requests.filing(actor, input.employeeId, input.startDate);
    return this.uow.run(async () => {
      await this.requests.lockEmployee(input.employeeId);
      await this.requests.assertMonthsOpen(input.startDate, input.endDate);
      const absence: AbsenceRecord = {
        id: newId(),
        ...input,
        status: filing.status,
        filedBy: actor.userId,
        decidedBy: filing.status === 'APPROVED' ? actor.userId : null,
        decidedAt: filing.status === 'APPROVED' ? this.clock.now() : null,
        decisionReason: null,
      };
      checkRule(new AbsencesMustNotOverlapRule(absence, await this.repo.absencesInForce(input.employeeId, input.startDate, input.endDate)));
      if (absence.type === 'CT') await this.checkAnnualLeave(absence);
      await this.repo.insertAbsence(absence);
      await this.audit.record({ action: 'FileAbsence', targetType: 'Absence', targetId: absence.id, reason: input.reason, after: absenceView(absence) });
      return absenceView(absence);
    });
  }

  /** Each year the request touches must have the working days left (rules.md §2; cuti bersama counted). */
  private async checkAnnualLeave(absence: AbsenceRecord): Promise<void> {
    const firstYear = Number(absence.startDate.slice(0, 4));
    const lastYear = Number(absence.endDate.slice(0, 4));
    for (let year = firstYear; year <= lastYear; year++) {
      const from = year === firstYear ? absence.startDate : `${year}-01-01`;
      const to = year === lastYear ? absence.endDate : `${year}-12-31`;
      const requested = (await this.requests.workingDays(absence.employeeId, from, to)).length;
      checkRule(new AnnualLeaveMustNotExceedEntitlementRule(requested, await this.requests.annualLeave(absence.employeeId, year)));
    }
  }
}

export class DecideAbsence {
  constructor(
    readonly actor: Actor,
    readonly absenceId: string,
    readonly decision: 'APPROVED' | 'REJECTED',
    readonly reason: string | null,
  ) {}
}

@CommandHandler(DecideAbsence)
export class DecideAbsenceHandler implements ICommandHandler<DecideAbsence> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: AttendanceRepository,
    private readonly requests: LeaveRequests,
    private readonly audit: AuditLog,
  ) {}

  async execute({ actor, absenceId, decision, reason }: DecideAbsence) {
    return this.uow.run(async () => {
      const before = await this.repo.absence(absenceId, true);
      if (!before) throw DomainError.notFound('Absence', absenceId);
      await this.requests.assertDecider(actor, before.employeeId, before.startDate);
      if (before.status !== 'SUBMITTED') throw DomainError.conflict('ALREADY_DECIDED', `This absence is already ${before.status}.`);
      await this.requests.assertMonthsOpen(before.startDate, before.endDate);
      await this.repo.decideAbsence(absenceId, { status: decision, decidedBy: actor.userId, decisionReason: reason });
      const after = (await this.repo.absence(absenceId))!;
      await this.audit.record({
        action: decision === 'APPROVED' ? 'ApproveAbsence' : 'RejectAbsence',
        targetType: 'Absence',
        targetId: absenceId,
        reason,
        before: absenceView(before),
        after: absenceView(after),
      });
      return absenceView(after);
    });
  }
}

import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { newId } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { Actor } from '../../../../platform/auth/actor';
import { AuditLog } from '../../../../platform/audit/audit-log';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { PermitType } from '../../domain/permit';
import { AttendanceRepository, PermitRecord } from '../../infrastructure/persistence/attendance.repository';
import { LeaveRequests } from '../leave-requests';

export const permitView = (p: PermitRecord) => ({
  id: p.id,
  employeeId: p.employeeId,
  type: p.type,
  date: p.date,
  time: p.time,
  reason: p.reason,
  status: p.status,
  decidedAt: p.decidedAt?.toISOString() ?? null,
  decisionReason: p.decisionReason,
});

export class FilePermit {
  constructor(
    readonly actor: Actor,
    readonly input: { employeeId: string; type: PermitType; date: LocalDate; time?: string | null; reason: string },
  ) {}
}

@CommandHandler(FilePermit)
export class FilePermitHandler implements ICommandHandler<FilePermit> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: AttendanceRepository,
    private readonly requests: LeaveRequests,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actor, input }: FilePermit) {
    if (input.type === 'MISSING_PUNCH' && !input.time) {
      throw DomainError.validation('time', 'MISSING_PUNCH_TIME_REQUIRED', 'A MISSING_PUNCH permit must give the time of the punch as HH:mm.');
    }
    const filing = await this.requests.filing(actor, input.employeeId, input.date);
    return this.uow.run(async () => {
      await this.requests.lockEmployee(input.employeeId);
      await this.requests.assertMonthsOpen(input.date, input.date);
      const permit: PermitRecord = {
        id: newId(),
        employeeId: input.employeeId,
        type: input.type,
        date: input.date,
        time: input.time ?? null,
        reason: input.reason,
        status: filing.status,
        filedBy: actor.userId,
        decidedBy: filing.status === 'APPROVED' ? actor.userId : null,
        decidedAt: filing.status === 'APPROVED' ? this.clock.now() : null,
        decisionReason: null,
      };
      const same = await this.repo.listPermits({ employeeIds: [input.employeeId], from: input.date, to: input.date, limit: 100 });
      if (same.some((p) => p.type === input.type && p.status !== 'REJECTED')) {
        throw DomainError.conflict('PERMIT_EXISTS', `A ${input.type} permit for ${input.date} is already submitted or approved.`, 'type');
      }
      await this.repo.insertPermit(permit);
      await this.audit.record({ action: 'FilePermit', targetType: 'Permit', targetId: permit.id, reason: input.reason, after: permitView(permit) });
      return permitView(permit);
    });
  }
}

export class DecidePermit {
  constructor(
    readonly actor: Actor,
    readonly permitId: string,
    readonly decision: 'APPROVED' | 'REJECTED',
    readonly reason: string | null,
  ) {}
}

@CommandHandler(DecidePermit)
export class DecidePermitHandler implements ICommandHandler<DecidePermit> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: AttendanceRepository,
    private readonly requests: LeaveRequests,
    private readonly audit: AuditLog,
  ) {}

  async execute({ actor, permitId, decision, reason }: DecidePermit) {
    return this.uow.run(async () => {
      const before = await this.repo.permit(permitId, true);
      if (!before) throw DomainError.notFound('Permit', permitId);
      await this.requests.assertDecider(actor, before.employeeId, before.date);
      if (before.status !== 'SUBMITTED') throw DomainError.conflict('ALREADY_DECIDED', `This permit is already ${before.status}.`);
      await this.requests.assertMonthsOpen(before.date, before.date);
      await this.repo.decidePermit(permitId, { status: decision, decidedBy: actor.userId, decisionReason: reason });
      const after = (await this.repo.permit(permitId))!;
      await this.audit.record({
        action: decision === 'APPROVED' ? 'ApprovePermit' : 'RejectPermit',
        targetType: 'Permit',
        targetId: permitId,
        reason,
        before: permitView(before),
        after: permitView(after),
      });
      return permitView(after);
    });
  }
}

import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Actor } from '../../../../platform/auth/actor';
import { Idempotency } from '../../../../platform/http/idempotency';
import { AccessPolicy } from '../../../organization/public/access-policy';
import { EmployeeProfilesFacade } from '../../../organization/public/employee-profiles.facade';
import { ClockDirection } from '../../domain/clock-event';
import { AttendanceRepository } from '../../infrastructure/persistence/attendance.repository';
import { ClockEventIntake, IntakeReport } from '../clock-event-intake';

/** The employee clocks in or out now (api.md "POST /attendance/clock"). */
export class ClockNow {
  constructor(
    readonly actor: Actor,
    readonly direction: ClockDirection,
    readonly idempotencyKey: string | undefined,
  ) {}
}

@CommandHandler(ClockNow)
export class ClockNowHandler implements ICommandHandler<ClockNow> {
  constructor(
    private readonly intake: ClockEventIntake,
    private readonly repo: AttendanceRepository,
    private readonly profiles: EmployeeProfilesFacade,
    private readonly idempotency: Idempotency,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actor, direction, idempotencyKey }: ClockNow) {
    const employeeId = actor.employeeId;
    if (employeeId === null) throw DomainError.forbidden('Only an employee account clocks in or out; devices and HR use their own routes.');
    return this.idempotency.once({ scope: `attendance.clock:${employeeId}`, key: idempotencyKey, request: { direction } }, async () => {
      const at = this.clock.now();
      const nip = await this.profiles.nipOf(employeeId);
      const report = await this.intake.take([{ nip, at: at.toISOString(), direction }], { source: 'SELF' });
      refuseRejected(report);
      const stored = (await this.repo.clockEvent(employeeId, at))!;
      return { id: stored.id, employeeId, at: stored.at.toISOString(), direction: stored.direction, source: stored.source, duplicate: report.duplicates > 0 };
    });
  }
}

/** HR loads events for many employees: migration from an old system, or a device's export (HR_ADMIN). */
export class ImportClockEvents {
  constructor(readonly rows: unknown[]) {}
}

@CommandHandler(ImportClockEvents)
export class ImportClockEventsHandler implements ICommandHandler<ImportClockEvents> {
  constructor(private readonly intake: ClockEventIntake) {}

  execute({ rows }: ImportClockEvents): Promise<IntakeReport> {
    return this.intake.take(rows, { source: 'IMPORT' });
  }
}

/**
 * A clock event HR adds afterwards for a punch the device lost. Events are never edited or deleted: the
 * correction is a new event of its own, with the reason, beside whatever was recorded.
 */
export class CorrectClockEvent {
  constructor(
    readonly actor: Actor,
    readonly input: { employeeId: string; at: string; direction?: ClockDirection | null; reason: string },
  ) {}
}

@CommandHandler(CorrectClockEvent)
export class CorrectClockEventHandler implements ICommandHandler<CorrectClockEvent> {
  constructor(
    private readonly intake: ClockEventIntake,
    private readonly access: AccessPolicy,
    private readonly profiles: EmployeeProfilesFacade,
    private readonly repo: AttendanceRepository,
  ) {}

  async execute({ actor, input }: CorrectClockEvent) {
    await this.access.assertCanAdministerEmployee(actor, input.employeeId);
    const nip = await this.profiles.nipOf(input.employeeId);
    const report = await this.intake.take([{ nip, at: input.at, direction: input.direction ?? null }], { source: 'CORRECTION', reason: input.reason });
    refuseRejected(report);
    if (report.duplicates > 0) {
      throw DomainError.conflict('CLOCK_EVENT_EXISTS', `A clock event of this employee at ${input.at} is already recorded; nothing was added.`, 'at');
    }
    const stored = (await this.repo.clockEvent(input.employeeId, new Date(input.at)))!;
    return { id: stored.id, employeeId: input.employeeId, at: stored.at.toISOString(), direction: stored.direction, source: stored.source, reason: input.reason };
  }
}

function refuseRejected(report: IntakeReport): void {
  const [problem] = report.rejected;
  if (problem) {
    throw new DomainError(problem.code === 'MONTH_CLOSED' ? 'conflict' : 'validation', problem.code, problem.detail, [
      { field: 'at', code: problem.code, message: problem.detail },
    ]);
  }
}

import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Actor } from '../../../../platform/auth/actor';
import { IdempotentCommand } from '../../../../platform/http/idempotency';
import { Written, written } from '../../../../platform/write/written';
import { PeriodLock } from '../../../../platform/period-lock/period-lock';
import { yearMonthOf } from '../../../../shared-kernel/year-month';
import { AccessPolicy } from '../../../organization/public/access-policy';
import { ClockDirection, ClockEventCorrected, ClockEventVoided } from '../../domain/clock-event';
import { ClockEventIntake, IntakeReport } from '../clock-event-intake';
import { ClockEventStore } from '../ports/clock-event-store';

export interface ClockedView {
  id: string;
  employeeId: string;
  at: string;
  direction: ClockDirection | null;
  source: string;
  duplicate: boolean;
}

/** The employee clocks in or out now (api.md "POST /attendance/clock"); a retried request sends the same key. */
export class ClockNow implements IdempotentCommand {
  readonly idempotency: IdempotentCommand['idempotency'];

  constructor(
    readonly actor: Actor,
    readonly direction: ClockDirection,
    idempotencyKey: string | undefined,
  ) {
    this.idempotency = { scope: `attendance.clock:${actor.employeeId}`, key: idempotencyKey, request: { direction } };
  }
}

@CommandHandler(ClockNow)
export class ClockNowHandler implements ICommandHandler<ClockNow> {
  constructor(
    private readonly intake: ClockEventIntake,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actor, direction }: ClockNow): Promise<Written<ClockedView>> {
    const employeeId = actor.employeeId;
    if (employeeId === null) throw DomainError.forbidden('Only an employee account clocks in or out; devices and HR use their own routes.', 'EMPLOYEE_ACCOUNT_ONLY');
    const { event, duplicate, audit } = await this.intake.takeOne(employeeId, this.clock.now().toISOString(), direction, { source: 'SELF' });
    return written({ id: event.id, employeeId, at: event.at.toISOString(), direction: event.direction, source: event.source, duplicate }, { audit: [audit] });
  }
}

/** HR loads events for many employees: migration from an old system, or a device's export (HR_ADMIN). */
export class ImportClockEvents {
  constructor(readonly rows: unknown[]) {}
}

@CommandHandler(ImportClockEvents)
export class ImportClockEventsHandler implements ICommandHandler<ImportClockEvents> {
  constructor(private readonly intake: ClockEventIntake) {}

  async execute({ rows }: ImportClockEvents): Promise<Written<IntakeReport>> {
    const { report, audit } = await this.intake.take(rows, { source: 'IMPORT' });
    return written(report, { audit: [audit] });
  }
}

/**
 * A clock event HR adds afterwards for a punch the device lost. Events are never edited or deleted: the
 * correction is a new event of its own, with the reason, beside whatever was recorded. A unit admin corrects
 * open months of their units; HR alone also a closed month, whose statement then goes stale.
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
  ) {}

  async execute({ actor, input }: CorrectClockEvent) {
    await this.access.assertCanAdministerEmployee(actor, input.employeeId);
    const taken = await this.intake.takeOne(input.employeeId, input.at, input.direction ?? null, { source: 'CORRECTION', reason: input.reason, correctedBy: actor });
    // The correction counts for its own day: the employee must have been in scope then too (a refusal rolls it back).
    await this.access.assertCanAdministerEmployee(actor, input.employeeId, taken.localDate);
    if (taken.duplicate) {
      throw DomainError.conflict('CLOCK_EVENT_EXISTS', `A clock event of this employee at ${input.at} is already recorded; nothing was added.`, 'at', { at: input.at });
    }
    const { event } = taken;
    const corrected: ClockEventCorrected = {
      type: 'ClockEventCorrected',
      clockEventId: event.id,
      employeeId: input.employeeId,
      at: event.at.toISOString(),
      direction: event.direction,
      reason: input.reason,
      localDate: taken.localDate,
      timeZone: taken.timeZone,
    };
    return written(
      { id: event.id, employeeId: input.employeeId, at: event.at.toISOString(), direction: event.direction, source: event.source, reason: input.reason },
      { audit: [taken.audit], events: [corrected] },
    );
  }
}

/**
 * A recorded punch struck out afterwards, with the reason: a colleague's card, a device's wrong clock. The event
 * stays on record, marked void, and no longer counts for its day. Who may: as for an added one — a unit admin
 * in an open month of their units, HR also in a closed month.
 */
export class VoidClockEvent {
  constructor(
    readonly actor: Actor,
    readonly clockEventId: string,
    readonly reason: string,
  ) {}
}

@CommandHandler(VoidClockEvent)
export class VoidClockEventHandler implements ICommandHandler<VoidClockEvent> {
  constructor(
    private readonly store: ClockEventStore,
    private readonly intake: ClockEventIntake,
    private readonly access: AccessPolicy,
    private readonly periods: PeriodLock,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actor, clockEventId, reason }: VoidClockEvent) {
    const event = await this.store.holdForVoid(clockEventId);
    if (!event) throw DomainError.notFound('Clock event', clockEventId);
    await this.access.assertCanAdministerEmployee(actor, event.employeeId);
    const { localDate, timeZone } = await this.intake.localDayOf(event.employeeId, event.at);
    await this.periods.assertCorrectable(actor, [yearMonthOf(localDate)]);
    if (event.voided) throw DomainError.conflict('CLOCK_EVENT_ALREADY_VOIDED', `Clock event ${clockEventId} is already void.`);
    const why = reason.trim();
    await this.store.markVoided(clockEventId, { at: this.clock.now(), reason: why, by: actor.userId });
    const voided: ClockEventVoided = {
      type: 'ClockEventVoided',
      clockEventId,
      employeeId: event.employeeId,
      at: event.at.toISOString(),
      direction: event.direction,
      reason: why,
      localDate,
      timeZone,
    };
    return written(
      { id: clockEventId, employeeId: event.employeeId, at: event.at.toISOString(), direction: event.direction, voided: true, reason: why },
      {
        audit: [{ action: 'VoidClockEvent', targetType: 'ClockEvent', targetId: clockEventId, reason: why, before: { voided: false }, after: { voided: true } }],
        events: [voided],
      },
    );
  }
}

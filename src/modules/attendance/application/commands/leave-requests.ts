import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { DomainEvent } from '../../../../shared-kernel/domain-event';
import { newId } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { Actor } from '../../../../platform/auth/actor';
import { Written, written } from '../../../../platform/write/written';
import { checkRule } from '../../../../shared-kernel/business-rule';
import { AbsenceRequest, AbsenceState, AnnualLeaveInYear } from '../../domain/absence-request';
import { AbsenceType } from '../../domain/attendance-code';
import { Decision, Filing, LeaveRequest, LeaveRequestState, RequestSpan } from '../../domain/leave-request';
import { PermitType } from '../../domain/permit';
import { PermitRequest, PermitState } from '../../domain/permit-request';
import { AbsencesMustNotOverlapRule } from '../../domain/rules/absences-must-not-overlap.rule';
import { OnePermitOfATypePerDayRule } from '../../domain/rules/one-permit-of-a-type-per-day.rule';
import { LeaveRequests } from '../leave-requests';
import { PolicyBook } from '../policy-book';
import { AbsenceRequests } from '../ports/absence-requests';
import { LeaveRequestStore } from '../ports/leave-request-store';
import { PermitRequests } from '../ports/permit-requests';
import { absenceView, permitView } from '../views';

type AnyLeaveRequest = LeaveRequest<LeaveRequestState, DomainEvent>;

/** How one kind of request is shown and named in the audit log. */
interface RequestKind<S, V> {
  view: (state: S) => V;
  /** 'Absence' or 'Permit': the audit target type and the end of its action names. */
  name: string;
}

type AbsenceView = ReturnType<typeof absenceView>;
type PermitView = ReturnType<typeof permitView>;
const ABSENCE: RequestKind<AbsenceState, AbsenceView> = { view: absenceView, name: 'Absence' };
const PERMIT: RequestKind<PermitState, PermitView> = { view: permitView, name: 'Permit' };

/**
 * Filing, for both kinds: the aggregate checks the request's own input and names the days it asks for;
 * LeaveRequests decides who files, serialises, checks the months and keeps what the subclass builds with
 * the facts its kind needs.
 */
abstract class FileRequestHandler<C extends { actor: Actor; correction: boolean }, R extends AnyLeaveRequest, V, Store extends LeaveRequestStore<R, unknown>> {
  constructor(
    private readonly kind: RequestKind<R['state'], V>,
    protected readonly store: Store,
    protected readonly leave: LeaveRequests,
    private readonly span: (command: C) => RequestSpan | Promise<RequestSpan>,
  ) {}

  protected abstract build(command: C, filing: Filing): Promise<R>;

  async execute(command: C): Promise<Written<V>> {
    const request = await this.leave.file(this.store, command.actor, await this.span(command), (filing) => this.build(command, filing), { correction: command.correction });
    const view = this.kind.view(request.state);
    return written(view, {
      audit: [
        {
          action: command.correction ? `Record${this.kind.name}Correction` : `File${this.kind.name}`,
          targetType: this.kind.name,
          targetId: request.id,
          reason: request.state.reason,
          after: view,
        },
      ],
      events: request.pullEvents(),
    });
  }
}

export class FileAbsence {
  constructor(
    readonly actor: Actor,
    readonly input: { employeeId: string; type: AbsenceType; startDate: LocalDate; endDate: LocalDate; reason: string },
    /** HR's record afterwards (POST /absences/corrections): it may reach a closed month. */
    readonly correction = false,
  ) {}
}

@CommandHandler(FileAbsence)
export class FileAbsenceHandler extends FileRequestHandler<FileAbsence, AbsenceRequest, AbsenceView, AbsenceRequests> {
  constructor(absences: AbsenceRequests, leave: LeaveRequests, policies: PolicyBook) {
    super(ABSENCE, absences, leave, async ({ input }) => AbsenceRequest.spanAsked(input, (await policies.timeline()).on(input.startDate).maxAbsenceCalendarDays));
  }

  protected async build({ input }: FileAbsence, filing: Filing): Promise<AbsenceRequest> {
    const inForce = await this.store.inForce(input.employeeId, input.startDate, input.endDate);
    const annualLeave = input.type === 'CT' ? await this.annualLeaveAsked(input) : [];
    return AbsenceRequest.file({ id: newId(), ...input }, filing, { inForce, annualLeave });
  }

  /** Each year the request touches, with the working days it asks for there (rules.md §2; cuti bersama counted). */
  private async annualLeaveAsked(input: FileAbsence['input']): Promise<AnnualLeaveInYear[]> {
    const firstYear = Number(input.startDate.slice(0, 4));
    const lastYear = Number(input.endDate.slice(0, 4));
    const years: AnnualLeaveInYear[] = [];
    for (let year = firstYear; year <= lastYear; year++) {
      const from = year === firstYear ? input.startDate : `${year}-01-01`;
      const to = year === lastYear ? input.endDate : `${year}-12-31`;
      years.push({ requestedWorkingDays: (await this.leave.workingDays(input.employeeId, from, to)).length, balance: await this.leave.annualLeave(input.employeeId, year) });
    }
    return years;
  }
}

export class FilePermit {
  constructor(
    readonly actor: Actor,
    readonly input: { employeeId: string; type: PermitType; date: LocalDate; time?: string | null; reason: string },
    /** HR's record afterwards (POST /permits/corrections): it may reach a closed month. */
    readonly correction = false,
  ) {}
}

@CommandHandler(FilePermit)
export class FilePermitHandler extends FileRequestHandler<FilePermit, PermitRequest, PermitView, PermitRequests> {
  constructor(permits: PermitRequests, leave: LeaveRequests) {
    super(PERMIT, permits, leave, ({ input }) => PermitRequest.spanAsked(input));
  }

  protected async build({ input }: FilePermit, filing: Filing): Promise<PermitRequest> {
    return PermitRequest.file({ id: newId(), ...input, time: input.time ?? null }, filing, await this.store.onDate(input.employeeId, input.date));
  }
}

/** Approve or reject an absence or a permit: the same decision, on either kind of request. */
abstract class DecideRequest {
  constructor(
    readonly actor: Actor,
    readonly requestId: string,
    readonly decision: Decision,
    readonly reason: string | null,
  ) {}
}

export class DecideAbsence extends DecideRequest {}
export class DecidePermit extends DecideRequest {}

abstract class DecideRequestHandler<R extends AnyLeaveRequest, V> {
  constructor(
    private readonly kind: RequestKind<R['state'], V>,
    private readonly store: LeaveRequestStore<R, unknown>,
    private readonly leave: LeaveRequests,
    private readonly clock: Clock,
  ) {}

  async execute({ actor, requestId, decision, reason }: DecideRequest): Promise<Written<V>> {
    const request = await this.store.get(requestId, { forUpdate: true });
    if (!request) throw DomainError.notFound(this.kind.name, requestId);
    const before = this.kind.view(request.state);
    request.decide({
      decision,
      reason,
      deciderUserId: actor.userId,
      deciderEmployeeId: actor.employeeId,
      supervisorEmployeeId: await this.leave.supervisorOn(request.employeeId, request.decisionDate),
      at: this.clock.now(),
    });
    await this.leave.assertMonthsOpen(request.months);
    await this.store.saveDecision(request);
    const after = this.kind.view(request.state);
    const action = `${decision === 'APPROVED' ? 'Approve' : 'Reject'}${this.kind.name}`;
    return written(after, { audit: [{ action, targetType: this.kind.name, targetId: requestId, reason, before, after }], events: request.pullEvents() });
  }
}

@CommandHandler(DecideAbsence)
export class DecideAbsenceHandler extends DecideRequestHandler<AbsenceRequest, AbsenceView> {
  constructor(absences: AbsenceRequests, leave: LeaveRequests, @Inject(CLOCK) clock: Clock) {
    super(ABSENCE, absences, leave, clock);
  }
}

@CommandHandler(DecidePermit)
export class DecidePermitHandler extends DecideRequestHandler<PermitRequest, PermitView> {
  constructor(permits: PermitRequests, leave: LeaveRequests, @Inject(CLOCK) clock: Clock) {
    super(PERMIT, permits, leave, clock);
  }
}

/**
 * HR changes a decision afterwards, with a reason: an approved absence or permit withdrawn (REJECTED), or a
 * rejected one approved. The months it touches may be closed — then their statements go stale — but not closing.
 */
abstract class CorrectRequestDecision {
  constructor(
    readonly actor: Actor,
    readonly requestId: string,
    readonly decision: Decision,
    readonly reason: string,
  ) {}
}

export class CorrectAbsenceDecision extends CorrectRequestDecision {}
export class CorrectPermitDecision extends CorrectRequestDecision {}

abstract class CorrectRequestDecisionHandler<R extends AnyLeaveRequest, V> {
  constructor(
    private readonly kind: RequestKind<R['state'], V>,
    protected readonly store: LeaveRequestStore<R, unknown>,
    private readonly leave: LeaveRequests,
    private readonly clock: Clock,
  ) {}

  /** An approval brings the request back in force: nothing else in force may clash with it. */
  protected abstract assertNothingClashes(request: R): Promise<void>;

  async execute({ actor, requestId, decision, reason }: CorrectRequestDecision): Promise<Written<V>> {
    if (!actor.isHrAdmin) throw DomainError.forbidden(`Only HR corrects the decision on an ${this.kind.name.toLowerCase()}.`, 'HR_CORRECTS');
    const request = await this.store.get(requestId, { forUpdate: true });
    if (!request) throw DomainError.notFound(this.kind.name, requestId);
    await this.store.lockEmployee(request.employeeId);
    await this.leave.assertMonthsCorrectable(actor, request.months);
    if (decision === 'APPROVED') await this.assertNothingClashes(request);
    const before = this.kind.view(request.state);
    request.correctDecision({ decision, reason, correctedBy: actor.userId, at: this.clock.now() });
    await this.store.saveDecision(request);
    const after = this.kind.view(request.state);
    return written(after, {
      audit: [{ action: `Correct${this.kind.name}Decision`, targetType: this.kind.name, targetId: requestId, reason: request.state.decisionReason, before, after }],
      events: request.pullEvents(),
    });
  }
}

@CommandHandler(CorrectAbsenceDecision)
export class CorrectAbsenceDecisionHandler extends CorrectRequestDecisionHandler<AbsenceRequest, AbsenceView> {
  constructor(absences: AbsenceRequests, leave: LeaveRequests, @Inject(CLOCK) clock: Clock) {
    super(ABSENCE, absences, leave, clock);
  }

  protected async assertNothingClashes(absence: AbsenceRequest): Promise<void> {
    const inForce = await (this.store as AbsenceRequests).inForce(absence.employeeId, absence.startDate, absence.endDate);
    checkRule(new AbsencesMustNotOverlapRule(absence.state, inForce));
  }
}

@CommandHandler(CorrectPermitDecision)
export class CorrectPermitDecisionHandler extends CorrectRequestDecisionHandler<PermitRequest, PermitView> {
  constructor(permits: PermitRequests, leave: LeaveRequests, @Inject(CLOCK) clock: Clock) {
    super(PERMIT, permits, leave, clock);
  }

  protected async assertNothingClashes(permit: PermitRequest): Promise<void> {
    const sameDay = (await (this.store as PermitRequests).onDate(permit.employeeId, permit.state.date)).filter((p) => p.id !== permit.id);
    checkRule(new OnePermitOfATypePerDayRule(permit.state, sameDay));
  }
}

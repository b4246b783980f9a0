import { checkRule } from '../../../shared-kernel/business-rule';
import { DomainEvent } from '../../../shared-kernel/domain-event';
import { LocalDate } from '../../../shared-kernel/local-date';
import { Decision, Filing, LeaveRequest, LeaveRequestState, RequestSpan, RequestStatus } from './leave-request';
import { MissingPunchPermitMustGiveItsTimeRule } from './rules/missing-punch-permit-must-give-its-time.rule';
import { Permit, PermitType } from './permit';
import { OnePermitOfATypePerDayRule } from './rules/one-permit-of-a-type-per-day.rule';

export interface PermitState extends LeaveRequestState {
  readonly type: PermitType;
  readonly date: LocalDate;
  readonly time: string | null;
}

interface PermitFacts {
  readonly permitId: string;
  readonly employeeId: string;
  readonly permitType: PermitType;
  readonly date: LocalDate;
  readonly time: string | null;
}

export interface PermitFiled extends DomainEvent, PermitFacts {
  readonly type: 'PermitFiled';
  readonly filedBy: string | null;
}

export interface PermitDecided extends DomainEvent, PermitFacts {
  readonly type: 'PermitApproved' | 'PermitRejected';
  readonly decidedBy: string | null;
  readonly decidedAt: string;
  readonly reason: string | null;
}

export interface PermitDecisionCorrected extends DomainEvent, PermitFacts {
  readonly type: 'PermitDecisionCorrected';
  readonly previousStatus: RequestStatus;
  readonly status: Decision;
  readonly correctedBy: string;
  readonly correctedAt: string;
  readonly reason: string;
}

export type PermitEvent = PermitFiled | PermitDecided | PermitDecisionCorrected;

/** A permit that regularises part of one day: a late arrival, an early leave or a punch the device lacks. */
export class PermitRequest extends LeaveRequest<PermitState, PermitEvent> implements Permit {
  readonly what = 'permit';
  protected readonly eventPrefix = 'Permit';

  /** The day a permit asks for; a missing punch must say when it was, before anything else is looked at. */
  static spanAsked(request: { employeeId: string; type: PermitType; date: LocalDate; time?: string | null }): RequestSpan {
    checkRule(new MissingPunchPermitMustGiveItsTimeRule(request.type, request.time));
    return { employeeId: request.employeeId, from: request.date, to: request.date };
  }

  /** `sameDay`: the employee's permits of the same date, whatever their status. */
  static file(
    request: Pick<PermitState, 'id' | 'employeeId' | 'type' | 'date' | 'time' | 'reason'>,
    filing: Filing,
    sameDay: ReadonlyArray<{ type: PermitType; status: RequestStatus }>,
  ): PermitRequest {
    checkRule(new OnePermitOfATypePerDayRule(request, sameDay));
    const permit = new PermitRequest({ ...request, ...LeaveRequest.stateFiled(filing) });
    permit.recordFiling();
    return permit;
  }

  static restore(state: PermitState): PermitRequest {
    return new PermitRequest(state);
  }

  get type(): PermitType {
    return this.current.type;
  }

  get date(): LocalDate {
    return this.current.date;
  }

  get time(): string | null {
    return this.current.time;
  }

  get decisionDate(): LocalDate {
    return this.current.date;
  }

  get firstDate(): LocalDate {
    return this.current.date;
  }

  get lastDate(): LocalDate {
    return this.current.date;
  }

  protected facts(): PermitFacts {
    const s = this.current;
    return { permitId: s.id, employeeId: s.employeeId, permitType: s.type, date: s.date, time: s.time };
  }
}

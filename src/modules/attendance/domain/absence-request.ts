import { checkRule } from '../../../shared-kernel/business-rule';
import { DomainEvent } from '../../../shared-kernel/domain-event';
import { LocalDate } from '../../../shared-kernel/local-date';
import { Absence } from './absence';
import { AnnualLeaveBalance } from './annual-leave';
import { AbsenceType } from './attendance-code';
import { Decision, Filing, LeaveRequest, LeaveRequestState, RequestSpan, RequestStatus } from './leave-request';
import { AbsenceMustNotEndBeforeItStartsRule } from './rules/absence-must-not-end-before-it-starts.rule';
import { AbsenceMustNotExceedPolicyLengthRule } from './rules/absence-must-not-exceed-policy-length.rule';
import { AbsencesMustNotOverlapRule } from './rules/absences-must-not-overlap.rule';
import { AnnualLeaveMustNotExceedEntitlementRule } from './rules/annual-leave-must-not-exceed-entitlement.rule';

export interface AbsenceState extends LeaveRequestState {
  readonly type: AbsenceType;
  readonly startDate: LocalDate;
  readonly endDate: LocalDate;
}

interface AbsenceFacts {
  readonly absenceId: string;
  readonly employeeId: string;
  readonly absenceType: AbsenceType;
  readonly startDate: LocalDate;
  readonly endDate: LocalDate;
}

export interface AbsenceFiled extends DomainEvent, AbsenceFacts {
  readonly type: 'AbsenceFiled';
  readonly filedBy: string | null;
}

export interface AbsenceDecided extends DomainEvent, AbsenceFacts {
  readonly type: 'AbsenceApproved' | 'AbsenceRejected';
  readonly decidedBy: string | null;
  readonly decidedAt: string;
  readonly reason: string | null;
}

export interface AbsenceDecisionCorrected extends DomainEvent, AbsenceFacts {
  readonly type: 'AbsenceDecisionCorrected';
  readonly previousStatus: RequestStatus;
  readonly status: Decision;
  readonly correctedBy: string;
  readonly correctedAt: string;
  readonly reason: string;
}

export type AbsenceEvent = AbsenceFiled | AbsenceDecided | AbsenceDecisionCorrected;

/** What a CT request is weighed against, for each calendar year it touches. */
export interface AnnualLeaveInYear {
  readonly requestedWorkingDays: number;
  readonly balance: AnnualLeaveBalance;
}

/** A full-day absence (leave, official duty, permission) over an inclusive range of local dates. */
export class AbsenceRequest extends LeaveRequest<AbsenceState, AbsenceEvent> implements Absence {
  readonly what = 'absence';
  protected readonly eventPrefix = 'Absence';

  /**
   * The days an absence asks for; checked before anything else, as the request's own input. `maxCalendarDays`
   * is the policy's limit: every later step (scope, months, calendars) costs in proportion to the span.
   */
  static spanAsked(request: { employeeId: string; startDate: LocalDate; endDate: LocalDate }, maxCalendarDays: number): RequestSpan {
    checkRule(new AbsenceMustNotEndBeforeItStartsRule(request.startDate, request.endDate));
    checkRule(new AbsenceMustNotExceedPolicyLengthRule(request.startDate, request.endDate, maxCalendarDays));
    return { employeeId: request.employeeId, from: request.startDate, to: request.endDate };
  }

  /**
   * `inForce`: the employee's submitted and approved absences touching the range; `annualLeave`: for CT, the
   * working days requested and the balance of each year touched.
   */
  static file(
    request: Pick<AbsenceState, 'id' | 'employeeId' | 'type' | 'startDate' | 'endDate' | 'reason'>,
    filing: Filing,
    facts: { inForce: readonly Absence[]; annualLeave: readonly AnnualLeaveInYear[] },
  ): AbsenceRequest {
    checkRule(new AbsencesMustNotOverlapRule(request, facts.inForce));
    for (const year of facts.annualLeave) checkRule(new AnnualLeaveMustNotExceedEntitlementRule(year.requestedWorkingDays, year.balance));
    const absence = new AbsenceRequest({ ...request, ...LeaveRequest.stateFiled(filing) });
    absence.recordFiling();
    return absence;
  }

  static restore(state: AbsenceState): AbsenceRequest {
    return new AbsenceRequest(state);
  }

  get type(): AbsenceType {
    return this.current.type;
  }

  get startDate(): LocalDate {
    return this.current.startDate;
  }

  get endDate(): LocalDate {
    return this.current.endDate;
  }

  get decisionDate(): LocalDate {
    return this.current.startDate;
  }

  get firstDate(): LocalDate {
    return this.current.startDate;
  }

  get lastDate(): LocalDate {
    return this.current.endDate;
  }

  protected facts(): AbsenceFacts {
    const s = this.current;
    return { absenceId: s.id, employeeId: s.employeeId, absenceType: s.type, startDate: s.startDate, endDate: s.endDate };
  }
}

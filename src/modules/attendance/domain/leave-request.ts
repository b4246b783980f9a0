import { checkRule } from '../../../shared-kernel/business-rule';
import { DomainError } from '../../../shared-kernel/domain-error';
import { AggregateRoot, DomainEvent } from '../../../shared-kernel/domain-event';
import { LocalDate, addDays } from '../../../shared-kernel/local-date';
import { YearMonth, yearMonthOf } from '../../../shared-kernel/year-month';
import { OnlyTheSupervisorDecidesRule } from './rules/only-the-supervisor-decides.rule';
import { RequestMustAwaitDecisionRule } from './rules/request-must-await-decision.rule';

export function monthsTouched(from: LocalDate, to: LocalDate): YearMonth[] {
  const months = new Set<YearMonth>();
  for (let d = from; d <= to; d = addDays(d, 1)) months.add(yearMonthOf(d));
  return [...months];
}

export type RequestStatus = 'SUBMITTED' | 'APPROVED' | 'REJECTED';
export type Decision = 'APPROVED' | 'REJECTED';

/** What every request for time off carries besides its own dates: who filed it and how it was decided. */
export interface LeaveRequestState {
  readonly id: string;
  readonly employeeId: string;
  readonly reason: string;
  readonly status: RequestStatus;
  readonly filedBy: string | null;
  readonly decidedBy: string | null;
  readonly decidedAt: Date | null;
  readonly decisionReason: string | null;
}

/**
 * How a request came in: the employee files their own (SUBMITTED, for the supervisor to decide); HR or the
 * unit admin in scope records one that is approved at once.
 */
export interface Filing {
  readonly by: string;
  readonly at: Date;
  readonly recordedByAdministrator: boolean;
}

/** Whose request, and the days it asks for. */
export interface RequestSpan {
  readonly employeeId: string;
  readonly from: LocalDate;
  readonly to: LocalDate;
}

export interface DecisionTaken {
  readonly decision: Decision;
  readonly reason: string | null;
  readonly deciderUserId: string;
  readonly deciderEmployeeId: string | null;
  /** The employee's supervisor on the request's decision date, as Organization resolves it. */
  readonly supervisorEmployeeId: string | null;
  readonly at: Date;
}

/** HR's change of a decision afterwards, e.g. an approved absence withdrawn or a rejected one approved on appeal. */
export interface DecisionCorrection {
  readonly decision: Decision;
  readonly reason: string;
  readonly correctedBy: string;
  readonly at: Date;
}

/**
 * The lifecycle absences and permits share: SUBMITTED, then APPROVED or REJECTED once, by the employee's
 * supervisor on the request's date; or APPROVED from the start when an administrator records it.
 */
export abstract class LeaveRequest<S extends LeaveRequestState, E extends DomainEvent> extends AggregateRoot<E> {
  protected constructor(protected current: S) {
    super();
  }

  /** 'absence' or 'permit', as a person reads it in a message. */
  abstract readonly what: string;
  /** 'Absence' or 'Permit': the start of its events' names (AbsenceFiled, PermitApproved…). */
  protected abstract readonly eventPrefix: string;
  /** What each of its events says about the request itself (ids, type, dates). */
  protected abstract facts(): object;
  /** The date whose supervisor decides. */
  abstract get decisionDate(): LocalDate;
  abstract get firstDate(): LocalDate;
  abstract get lastDate(): LocalDate;

  get id(): string {
    return this.current.id;
  }

  get employeeId(): string {
    return this.current.employeeId;
  }

  get state(): S {
    return this.current;
  }

  /** Every month with a day of the request: each must still be open for it to change. */
  get months(): YearMonth[] {
    return monthsTouched(this.firstDate, this.lastDate);
  }

  protected static stateFiled(filing: Filing): Pick<LeaveRequestState, 'status' | 'filedBy' | 'decidedBy' | 'decidedAt' | 'decisionReason'> {
    const approved = filing.recordedByAdministrator;
    return {
      status: approved ? 'APPROVED' : 'SUBMITTED',
      filedBy: filing.by,
      decidedBy: approved ? filing.by : null,
      decidedAt: approved ? filing.at : null,
      decisionReason: null,
    };
  }

  protected recordFiling(): void {
    this.record({ type: `${this.eventPrefix}Filed`, ...this.facts(), filedBy: this.current.filedBy } as unknown as E);
    if (this.current.status === 'APPROVED') this.recordDecision();
  }

  private recordDecision(): void {
    const s = this.current;
    this.record({
      type: `${this.eventPrefix}${s.status === 'APPROVED' ? 'Approved' : 'Rejected'}`,
      ...this.facts(),
      decidedBy: s.decidedBy,
      decidedAt: s.decidedAt!.toISOString(),
      reason: s.decisionReason,
    } as unknown as E);
  }

  decide(taken: DecisionTaken): void {
    checkRule(new OnlyTheSupervisorDecidesRule(taken.deciderEmployeeId, taken.supervisorEmployeeId, this.decisionDate));
    checkRule(new RequestMustAwaitDecisionRule(this.what, this.current.status));
    this.current = { ...this.current, status: taken.decision, decidedBy: taken.deciderUserId, decidedAt: taken.at, decisionReason: taken.reason };
    this.recordDecision();
  }

  /**
   * The decision replaced, whatever it was (or taken, while none was): the caller has checked that HR asks and that
   * the months are correctable, and — for an approval — that nothing in force clashes with the request.
   */
  correctDecision(correction: DecisionCorrection): void {
    const previousStatus = this.current.status;
    if (previousStatus === correction.decision) {
      throw DomainError.conflict('DECISION_UNCHANGED', `The ${this.what} is already ${correction.decision}: there is no decision to correct.`, 'decision');
    }
    const reason = correction.reason.trim();
    if (reason === '') throw DomainError.validation('reason', 'REASON_REQUIRED', 'A corrected decision needs a reason.');
    this.current = { ...this.current, status: correction.decision, decidedBy: correction.correctedBy, decidedAt: correction.at, decisionReason: reason };
    this.record({
      type: `${this.eventPrefix}DecisionCorrected`,
      ...this.facts(),
      previousStatus,
      status: correction.decision,
      correctedBy: correction.correctedBy,
      correctedAt: correction.at.toISOString(),
      reason,
    } as unknown as E);
  }
}

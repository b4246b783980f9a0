import { checkRule } from '../../../shared-kernel/business-rule';
import { AggregateRoot } from '../../../shared-kernel/domain-event';
import { DomainError } from '../../../shared-kernel/domain-error';
import { Id, newId } from '../../../shared-kernel/ids';
import { LocalDate, isValidLocalDate } from '../../../shared-kernel/local-date';
import { requireText } from './input-parsing';
import { PerformancePlanEvent } from './events/performance-plan.events';
import { PlannedResult, PlannedResultDraft } from './planned-result';
import { CascadeContext, assertResultCascades } from './result-cascade.policy';
import { PlanMustBeEditableRule } from './rules/plan-must-be-editable.rule';
import { PlanMustHaveResultsToBeSubmittedRule } from './rules/plan-must-have-results-to-be-submitted.rule';
import { PlanMustNotBeClosedRule } from './rules/plan-must-not-be-closed.rule';
import { PlanReviewerMustNotBeItsOwnerRule } from './rules/plan-reviewer-must-not-be-its-owner.rule';
import { PlanStepMustFollowItsWorkflowRule } from './rules/plan-step-must-follow-its-workflow.rule';
import { assertPlanYear } from './unit-target';

export type PerformancePlanStatus = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED';

/** An approved version of a plan, kept as history when the plan is revised. */
export interface ApprovedPlanVersion {
  version: number;
  approvedBy: Id;
  approvedAt: Date;
  results: readonly PlannedResult[];
}

export interface PerformancePlanState {
  id: Id;
  employeeId: Id;
  year: number;
  periodStart: LocalDate;
  periodEnd: LocalDate;
  isClosed: boolean;
  status: PerformancePlanStatus;
  version: number;
  results: readonly PlannedResult[];
  returnReason: string | null;
  approvedVersions: readonly ApprovedPlanVersion[];
}

/**
 * The SKP of one employee for (part of) one year. Workflow: DRAFT → SUBMITTED → APPROVED, or
 * SUBMITTED → RETURNED (with a reason) → SUBMITTED again. Changing an approved plan starts a revision:
 * version n+1 in DRAFT, while version n stays the approved plan that activities are logged against.
 */
export class PerformancePlan extends AggregateRoot<PerformancePlanEvent> {
  private constructor(private state: PerformancePlanState) {
    super();
  }

  static draft(input: { id?: Id; employeeId: Id; year: number; periodStart?: LocalDate; periodEnd?: LocalDate; at: Date }): PerformancePlan {
    assertPlanYear(input.year, 'year');
    const periodStart = input.periodStart ?? `${input.year}-01-01`;
    const periodEnd = input.periodEnd ?? `${input.year}-12-31`;
    assertDateInYear(periodStart, input.year, 'periodStart');
    assertDateInYear(periodEnd, input.year, 'periodEnd');
    if (periodEnd < periodStart) {
      throw DomainError.validation('periodEnd', 'PERIOD_END_BEFORE_START', 'periodEnd must not be before periodStart.');
    }
    const plan = new PerformancePlan({
      id: input.id ?? newId(),
      employeeId: input.employeeId,
      year: input.year,
      periodStart,
      periodEnd,
      isClosed: false,
      status: 'DRAFT',
      version: 1,
      results: [],
      returnReason: null,
      approvedVersions: [],
    });
    plan.record({ type: 'PerformancePlanDrafted', ...plan.eventBase(input.at), periodStart, periodEnd });
    return plan;
  }

  /** Rebuilds a plan from persistence; the state is trusted as it was produced by this class. */
  static restore(state: PerformancePlanState): PerformancePlan {
    return new PerformancePlan({ ...state });
  }

  get id(): Id {
    return this.state.id;
  }
  get employeeId(): Id {
    return this.state.employeeId;
  }
  get year(): number {
    return this.state.year;
  }
  get status(): PerformancePlanStatus {
    return this.state.status;
  }
  get version(): number {
    return this.state.version;
  }
  get periodStart(): LocalDate {
    return this.state.periodStart;
  }
  get periodEnd(): LocalDate {
    return this.state.periodEnd;
  }
  get isClosed(): boolean {
    return this.state.isClosed;
  }
  get returnReason(): string | null {
    return this.state.returnReason;
  }
  get results(): readonly PlannedResult[] {
    return this.state.results;
  }
  get approvedVersions(): readonly ApprovedPlanVersion[] {
    return this.state.approvedVersions;
  }

  snapshot(): PerformancePlanState {
    return { ...this.state };
  }

  /** The version in force: what subordinates cascade from and what activities are logged against. */
  latestApprovedVersion(): ApprovedPlanVersion | null {
    const versions = this.state.approvedVersions;
    return versions.length === 0 ? null : versions[versions.length - 1];
  }

  isEditable(): boolean {
    return !new PlanMustBeEditableRule(this.state).isBroken();
  }

  addResult(draft: PlannedResultDraft, context: CascadeContext, at: Date, resultId?: Id): PlannedResult {
    this.assertEditable();
    const result = PlannedResult.create(draft, resultId);
    assertResultCascades(result.source, this.state.year, context);
    this.state = { ...this.state, results: [...this.state.results, result] };
    this.record({ type: 'PlannedResultAdded', ...this.eventBase(at), resultId: result.id });
    return result;
  }

  changeResult(resultId: Id, draft: PlannedResultDraft, context: CascadeContext, at: Date): void {
    this.assertEditable();
    this.findResult(resultId);
    const changed = PlannedResult.create(draft, resultId);
    assertResultCascades(changed.source, this.state.year, context);
    this.state = { ...this.state, results: this.state.results.map((r) => (r.id === resultId ? changed : r)) };
    this.record({ type: 'PlannedResultChanged', ...this.eventBase(at), resultId });
  }

  removeResult(resultId: Id, at: Date): void {
    this.assertEditable();
    this.findResult(resultId);
    this.state = { ...this.state, results: this.state.results.filter((r) => r.id !== resultId) };
    this.record({ type: 'PlannedResultRemoved', ...this.eventBase(at), resultId });
  }

  submit(at: Date): void {
    checkRule(new PlanMustNotBeClosedRule(this.state));
    checkRule(new PlanStepMustFollowItsWorkflowRule(this.state.status, 'submit', ['DRAFT', 'RETURNED']));
    checkRule(new PlanMustHaveResultsToBeSubmittedRule(this.state));
    this.state = { ...this.state, status: 'SUBMITTED' };
    this.record({ type: 'PerformancePlanSubmitted', ...this.eventBase(at) });
  }

  /** The caller has established that `approverId` is the employee's appraiser (direct supervisor, or Plt/Plh). */
  approve(approverId: Id, at: Date): void {
    checkRule(new PlanMustNotBeClosedRule(this.state));
    checkRule(new PlanReviewerMustNotBeItsOwnerRule(approverId, this.state.employeeId));
    checkRule(new PlanStepMustFollowItsWorkflowRule(this.state.status, 'approve', ['SUBMITTED']));
    const approved: ApprovedPlanVersion = { version: this.state.version, approvedBy: approverId, approvedAt: at, results: this.state.results };
    this.state = { ...this.state, status: 'APPROVED', approvedVersions: [...this.state.approvedVersions, approved] };
    this.record({ type: 'PerformancePlanApproved', ...this.eventBase(at), approvedBy: approverId, periodStart: this.state.periodStart, periodEnd: this.state.periodEnd });
  }

  returnForRevision(reviewerId: Id, reason: string, at: Date): void {
    checkRule(new PlanMustNotBeClosedRule(this.state));
    checkRule(new PlanReviewerMustNotBeItsOwnerRule(reviewerId, this.state.employeeId));
    checkRule(new PlanStepMustFollowItsWorkflowRule(this.state.status, 'return', ['SUBMITTED']));
    const why = requireText(reason, 'reason', 2000);
    this.state = { ...this.state, status: 'RETURNED', returnReason: why };
    this.record({ type: 'PerformancePlanReturned', ...this.eventBase(at), returnedBy: reviewerId, reason: why });
  }

  /** Opens version n+1 as a DRAFT copy of the approved results; version n stays in force until it is replaced. */
  startRevision(at: Date): void {
    checkRule(new PlanMustNotBeClosedRule(this.state));
    checkRule(new PlanStepMustFollowItsWorkflowRule(this.state.status, 'revise', ['APPROVED']));
    const previousApprovedVersion = this.state.version;
    this.state = { ...this.state, status: 'DRAFT', version: previousApprovedVersion + 1, returnReason: null };
    this.record({ type: 'PerformancePlanRevisionStarted', ...this.eventBase(at), previousApprovedVersion });
  }

  /** Ends the plan's period early, at a mid-year transfer: `lastDay` is the last day worked under this plan. */
  close(lastDay: LocalDate, at: Date): void {
    checkRule(new PlanMustNotBeClosedRule(this.state));
    if (!isValidLocalDate(lastDay) || lastDay < this.state.periodStart || lastDay > this.state.periodEnd) {
      throw DomainError.validation(
        'periodEnd',
        'CLOSE_DATE_OUTSIDE_PERIOD',
        `The closing date must lie within the plan's period ${this.state.periodStart}..${this.state.periodEnd}.`,
        { periodStart: this.state.periodStart, periodEnd: this.state.periodEnd },
      );
    }
    this.state = { ...this.state, periodEnd: lastDay, isClosed: true };
    this.record({ type: 'PerformancePlanClosed', ...this.eventBase(at), periodEnd: lastDay });
  }

  private assertEditable(): void {
    checkRule(new PlanMustNotBeClosedRule(this.state));
    checkRule(new PlanMustBeEditableRule(this.state));
  }

  private findResult(resultId: Id): PlannedResult {
    const found = this.state.results.find((r) => r.id === resultId);
    if (!found) throw DomainError.notFound('Planned result', resultId);
    return found;
  }

  private eventBase(at: Date) {
    return { planId: this.state.id, employeeId: this.state.employeeId, year: this.state.year, version: this.state.version, occurredAt: at };
  }
}

function assertDateInYear(date: LocalDate, year: number, field: string): void {
  if (!isValidLocalDate(date) || !date.startsWith(`${year}-`)) {
    throw DomainError.validation(field, 'DATE_OUTSIDE_PLAN_YEAR', `${field} must be a date in ${year}.`);
  }
}

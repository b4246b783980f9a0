import { checkRule } from '../../../shared-kernel/business-rule';
import { Clock } from '../../../shared-kernel/clock';
import { AggregateRoot } from '../../../shared-kernel/domain-event';
import { Dec } from '../../../shared-kernel/decimal';
import { DomainError } from '../../../shared-kernel/domain-error';
import { Id, newId } from '../../../shared-kernel/ids';
import { LocalDate, isValidLocalDate } from '../../../shared-kernel/local-date';
import { isValidTimeOfDay, minutesOfDay } from '../../../shared-kernel/zone';
import { ActivityCatalogItem } from './activity-catalog-item';
import { ActivityPolicy, DEFAULT_ACTIVITY_POLICY } from './activity-policy';
import { DailyActivityEvent } from './events/daily-activity.events';
import { minutesFor, parseQuantity } from './quantity';
import { ActivitiesMustNotOverlapRule } from './rules/activities-must-not-overlap.rule';
import { ActivityMustAwaitReviewRule } from './rules/activity-must-await-review.rule';
import { ActivityMustBeLoggedWithinEntryWindowRule } from './rules/activity-must-be-logged-within-entry-window.rule';
import { ActivityMustHaveEndedRule } from './rules/activity-must-have-ended.rule';
import { ActivityMustNotFallOnLeaveDayRule } from './rules/activity-must-not-fall-on-leave-day.rule';
import { ApprovedQuantityMustNotExceedClaimedRule } from './rules/approved-quantity-must-not-exceed-claimed.rule';
import { CorrectedActivityMustBeRejectedRule } from './rules/corrected-activity-must-be-rejected.rule';
import { DailyClaimMustStayWithinCapRule } from './rules/daily-claim-must-stay-within-cap.rule';
import { EvidenceMustNotChangeAfterApprovalRule } from './rules/evidence-must-not-change-after-approval.rule';
import { DailyActivityStatus, LoggedActivityView } from './rules/logged-activity.view';
import { MonthMustBeOpenRule } from './rules/month-must-be-open.rule';
import { ReducedApprovalMustHaveNoteRule } from './rules/reduced-approval-must-have-note.rule';
import { RejectionMustHaveReasonRule } from './rules/rejection-must-have-reason.rule';
import { ApprovedPlanView, ResultMustBelongToOwnApprovedPlanRule } from './rules/result-must-belong-to-own-approved-plan.rule';
import { ReviewerMustNotBeTheEmployeeRule } from './rules/reviewer-must-not-be-the-employee.rule';

export type { DailyActivityStatus } from './rules/logged-activity.view';

/** What an activity serves: a planned result (RHK) of the employee's approved plan, or an additional task. */
export type ActivityPurpose = { kind: 'RESULT'; resultId: Id } | { kind: 'ADDITIONAL_TASK' };

/** A stored file carries its size, which counts against the employee's evidence quota. */
export type Evidence = { kind: 'URL'; url: string } | { kind: 'FILE'; fileRef: string; bytes: number };

export interface ActivityEntry {
  date: LocalDate;
  startTime: string;
  endTime: string;
  catalogCode: string;
  quantity: string | number;
  description: string;
  resultId?: Id | null;
  additionalTask?: boolean;
  evidence?: Evidence | null;
}

export type ActivityCorrection = Omit<ActivityEntry, 'date'>;

/** The answers the application layer gathers before an activity is logged or corrected. */
export interface EntryContext {
  clock: Clock;
  /** IANA zone of the employee's unit. */
  zone: string;
  isMonthOpen: boolean;
  isLeaveDay: boolean;
  /** The employee's other activities on the same date. */
  sameDayActivities: readonly LoggedActivityView[];
  /** The employee's plans for the activity's year that have an approved version. */
  approvedPlans: readonly ApprovedPlanView[];
  /** The catalogue item the entry names, as available in the employee's unit. */
  catalogItem: ActivityCatalogItem;
  policy?: ActivityPolicy;
  /** HR's migration import obeys every rule except the entry window (api.md, POST /activities/import). */
  skipEntryWindow?: boolean;
}

export interface DailyActivityState {
  id: Id;
  employeeId: Id;
  date: LocalDate;
  startTime: string;
  endTime: string;
  catalogCode: string;
  /** Copied from the catalogue at logging time, so a later catalogue change does not rewrite history. */
  minutesPerUnit: number;
  quantity: string;
  description: string;
  purpose: ActivityPurpose;
  evidence: Evidence | null;
  status: DailyActivityStatus;
  submittedAt: Date;
  approvedQuantity: string | null;
  reviewNote: string | null;
  rejectionReason: string | null;
  reviewedBy: Id | null;
  reviewedAt: Date | null;
}

type Content = Pick<DailyActivityState, 'startTime' | 'endTime' | 'catalogCode' | 'minutesPerUnit' | 'quantity' | 'description' | 'purpose' | 'evidence'>;

/**
 * An employee's activity on one date. SUBMITTED → APPROVED (possibly for a lower quantity) or REJECTED
 * (with a reason); a REJECTED activity may be corrected, which submits it again.
 */
export class DailyActivity extends AggregateRoot<DailyActivityEvent> implements LoggedActivityView {
  private constructor(private state: DailyActivityState) {
    super();
  }

  static log(employeeId: Id, entry: ActivityEntry, context: EntryContext, id: Id = newId()): DailyActivity {
    if (!isValidLocalDate(entry.date)) throw DomainError.validation('date', 'INVALID_DATE', "date must be a 'YYYY-MM-DD' date.");
    const content = validContent(entry, context.catalogItem);
    const candidate = { id, employeeId, date: entry.date, ...content, claimedMinutes: claimed(content) };
    assertEntryRules(candidate, context, { entryWindow: !context.skipEntryWindow });

    const now = context.clock.now();
    const activity = new DailyActivity({
      id,
      employeeId,
      date: entry.date,
      ...content,
      status: 'SUBMITTED',
      submittedAt: now,
      approvedQuantity: null,
      reviewNote: null,
      rejectionReason: null,
      reviewedBy: null,
      reviewedAt: null,
    });
    activity.record({ type: 'ActivityLogged', ...activity.eventBase(now), claimedMinutes: activity.claimedMinutes });
    return activity;
  }

  static restore(state: DailyActivityState): DailyActivity {
    return new DailyActivity({ ...state });
  }

  get id(): Id {
    return this.state.id;
  }
  get employeeId(): Id {
    return this.state.employeeId;
  }
  get date(): LocalDate {
    return this.state.date;
  }
  get startTime(): string {
    return this.state.startTime;
  }
  get endTime(): string {
    return this.state.endTime;
  }
  get status(): DailyActivityStatus {
    return this.state.status;
  }
  get quantity(): string {
    return this.state.quantity;
  }
  get approvedQuantity(): string | null {
    return this.state.approvedQuantity;
  }
  get purpose(): ActivityPurpose {
    return this.state.purpose;
  }
  get rejectionReason(): string | null {
    return this.state.rejectionReason;
  }
  get reviewNote(): string | null {
    return this.state.reviewNote;
  }

  get claimedMinutes(): number {
    return claimed(this.state);
  }

  /** Minutes that count towards achievement once approved; 0 while not approved. */
  get approvedMinutes(): number {
    if (this.state.status !== 'APPROVED') return 0;
    return minutesFor(new Dec(this.state.approvedQuantity ?? this.state.quantity), this.state.minutesPerUnit);
  }

  snapshot(): DailyActivityState {
    return { ...this.state };
  }

  /**
   * The caller has established that `reviewerId` is the employee's direct supervisor on the date. A lower
   * quantity needs a note: the employee loses minutes and is owed the reason, as with a rejection.
   */
  approve(input: { reviewerId: Id; approvedQuantity?: string | number | null; note?: string | null; isMonthOpen: boolean; at: Date }): void {
    this.assertReviewable(input.reviewerId, input.isMonthOpen);
    const approvedQuantity =
      input.approvedQuantity === undefined || input.approvedQuantity === null ? new Dec(this.state.quantity) : parseQuantity(input.approvedQuantity, 'approvedQuantity');
    checkRule(new ApprovedQuantityMustNotExceedClaimedRule(approvedQuantity, this.state.quantity));
    const note = optionalText(input.note);
    checkRule(new ReducedApprovalMustHaveNoteRule(approvedQuantity, this.state.quantity, note));
    this.state = {
      ...this.state,
      status: 'APPROVED',
      approvedQuantity: approvedQuantity.toFixed(),
      reviewNote: note,
      reviewedBy: input.reviewerId,
      reviewedAt: input.at,
    };
    this.record({
      type: 'ActivityApproved',
      ...this.eventBase(input.at),
      reviewerId: input.reviewerId,
      approvedQuantity: approvedQuantity.toFixed(),
      approvedMinutes: this.approvedMinutes,
    });
  }

  reject(input: { reviewerId: Id; reason: string; isMonthOpen: boolean; at: Date }): void {
    this.assertReviewable(input.reviewerId, input.isMonthOpen);
    checkRule(new RejectionMustHaveReasonRule(optionalText(input.reason)));
    const reason = optionalText(input.reason)!;
    this.state = { ...this.state, status: 'REJECTED', rejectionReason: reason, reviewNote: null, reviewedBy: input.reviewerId, reviewedAt: input.at };
    this.record({ type: 'ActivityRejected', ...this.eventBase(input.at), reviewerId: input.reviewerId, reason });
  }

  /**
   * HR replaces the review, whatever it was (or gives one while none was): an approval of the claimed or a
   * lower quantity, or a rejection, always with a reason. The caller has checked that HR asks and that the
   * month is correctable; the supervisor who reviewed stays recorded, the correction's author is in the audit.
   */
  correctReview(input: { decision: 'approve' | 'reject'; approvedQuantity?: string | number | null; reason: string; correctedBy: Id; at: Date }): void {
    const reason = optionalText(input.reason);
    if (reason === null) throw DomainError.validation('reason', 'REASON_REQUIRED', 'A corrected review needs a reason.');
    if (input.decision === 'approve') {
      const approvedQuantity =
        input.approvedQuantity === undefined || input.approvedQuantity === null ? new Dec(this.state.quantity) : parseQuantity(input.approvedQuantity, 'approvedQuantity');
      checkRule(new ApprovedQuantityMustNotExceedClaimedRule(approvedQuantity, this.state.quantity));
      this.state = { ...this.state, status: 'APPROVED', approvedQuantity: approvedQuantity.toFixed(), reviewNote: reason, rejectionReason: null, reviewedAt: input.at };
    } else {
      this.state = { ...this.state, status: 'REJECTED', approvedQuantity: null, rejectionReason: reason, reviewNote: null, reviewedAt: input.at };
    }
    this.record({
      type: 'ActivityReviewCorrected',
      ...this.eventBase(input.at),
      status: this.state.status === 'APPROVED' ? 'APPROVED' : 'REJECTED',
      approvedQuantity: this.state.approvedQuantity,
      approvedMinutes: this.approvedMinutes,
      correctedBy: input.correctedBy,
      reason,
    });
  }

  /**
   * Corrects a rejected activity and submits it again. The date stays (it ties the activity to its month)
   * and the entry window does not apply: the supervisor may have rejected it after the window passed.
   */
  correct(correction: ActivityCorrection, context: EntryContext): void {
    checkRule(new CorrectedActivityMustBeRejectedRule(this.state.status));
    const content = validContent({ ...correction, date: this.state.date }, context.catalogItem);
    assertEntryRules({ id: this.state.id, employeeId: this.state.employeeId, date: this.state.date, ...content, claimedMinutes: claimed(content) }, context, {
      entryWindow: false,
    });
    const now = context.clock.now();
    this.state = {
      ...this.state,
      ...content,
      status: 'SUBMITTED',
      submittedAt: now,
      approvedQuantity: null,
      reviewNote: null,
      rejectionReason: null,
      reviewedBy: null,
      reviewedAt: null,
    };
    this.record({ type: 'ActivityResubmitted', ...this.eventBase(now), claimedMinutes: this.claimedMinutes });
  }

  /** Evidence may follow the entry (a scan made the next day) until the supervisor has approved the activity. */
  attachEvidence(evidence: Evidence, isMonthOpen: boolean): void {
    checkRule(new EvidenceMustNotChangeAfterApprovalRule(this.state.status));
    checkRule(new MonthMustBeOpenRule(this.state, isMonthOpen));
    this.state = { ...this.state, evidence: validEvidence(evidence) };
  }

  private assertReviewable(reviewerId: Id, isMonthOpen: boolean): void {
    checkRule(new ReviewerMustNotBeTheEmployeeRule(reviewerId, this.state.employeeId));
    checkRule(new ActivityMustAwaitReviewRule(this.state.status));
    checkRule(new MonthMustBeOpenRule(this.state, isMonthOpen));
  }

  private eventBase(at: Date) {
    return { activityId: this.state.id, employeeId: this.state.employeeId, date: this.state.date, occurredAt: at };
  }
}

function claimed(content: { quantity: string; minutesPerUnit: number }): number {
  return minutesFor(new Dec(content.quantity), content.minutesPerUnit);
}

function validContent(entry: ActivityEntry, catalogItem: ActivityCatalogItem): Content {
  for (const field of ['startTime', 'endTime'] as const) {
    if (!isValidTimeOfDay(entry[field])) throw DomainError.validation(field, 'INVALID_TIME', `${field} must be a time 'HH:mm'.`);
  }
  if (minutesOfDay(entry.endTime) <= minutesOfDay(entry.startTime)) {
    throw DomainError.validation('endTime', 'END_NOT_AFTER_START', 'endTime must be after startTime on the same day.');
  }
  if (entry.catalogCode !== catalogItem.code) {
    throw DomainError.validation('catalogCode', 'UNKNOWN_CATALOG_ITEM', `No catalogue item ${entry.catalogCode} is available to you.`, { catalogCode: entry.catalogCode });
  }
  const description = optionalText(entry.description);
  if (description === null) throw DomainError.validation('description', 'REQUIRED', 'description is required.');
  return {
    startTime: entry.startTime,
    endTime: entry.endTime,
    catalogCode: catalogItem.code,
    minutesPerUnit: catalogItem.minutesPerUnit,
    quantity: parseQuantity(entry.quantity).toFixed(),
    description,
    purpose: validPurpose(entry),
    evidence: validEvidence(entry.evidence ?? null),
  };
}

function validPurpose(entry: ActivityEntry): ActivityPurpose {
  const hasResult = typeof entry.resultId === 'string' && entry.resultId !== '';
  if (hasResult === (entry.additionalTask === true)) {
    throw DomainError.validation('resultId', 'RESULT_XOR_ADDITIONAL_TASK', 'Give either the planned result the activity serves, or mark it as an additional task.');
  }
  return hasResult ? { kind: 'RESULT', resultId: entry.resultId! } : { kind: 'ADDITIONAL_TASK' };
}

function validEvidence(evidence: Evidence | null): Evidence | null {
  if (evidence === null) return null;
  if (evidence.kind === 'URL') {
    if (!/^https?:\/\/\S+$/i.test(evidence.url ?? '') || !URL.canParse(evidence.url)) {
      throw DomainError.validation('evidenceUrl', 'INVALID_EVIDENCE_URL', 'The evidence link must be an http(s) URL.');
    }
    return { kind: 'URL', url: evidence.url };
  }
  if (evidence.kind === 'FILE' && typeof evidence.fileRef === 'string' && evidence.fileRef.trim() !== '' && Number.isSafeInteger(evidence.bytes) && evidence.bytes >= 0) {
    return { kind: 'FILE', fileRef: evidence.fileRef.trim(), bytes: evidence.bytes };
  }
  throw DomainError.validation('evidence', 'INVALID_EVIDENCE', 'Evidence is a link or a stored file.');
}

function assertEntryRules(
  candidate: { id: Id; employeeId: Id; date: LocalDate; startTime: string; endTime: string; purpose: ActivityPurpose; claimedMinutes: number },
  context: EntryContext,
  apply: { entryWindow: boolean },
): void {
  const policy = context.policy ?? DEFAULT_ACTIVITY_POLICY;
  checkRule(new MonthMustBeOpenRule(candidate, context.isMonthOpen));
  if (apply.entryWindow) {
    checkRule(new ActivityMustHaveEndedRule(candidate, context.zone, context.clock));
    checkRule(new ActivityMustBeLoggedWithinEntryWindowRule(candidate, context.zone, context.clock, policy.entryWindowDays));
  }
  checkRule(new ActivityMustNotFallOnLeaveDayRule(candidate, context.isLeaveDay));
  if (candidate.purpose.kind === 'RESULT') {
    checkRule(new ResultMustBelongToOwnApprovedPlanRule({ ...candidate, resultId: candidate.purpose.resultId }, context.approvedPlans));
  }
  checkRule(new ActivitiesMustNotOverlapRule(candidate, context.sameDayActivities));
  checkRule(new DailyClaimMustStayWithinCapRule(candidate, context.sameDayActivities, policy.dailyCapMinutes));
}

function optionalText(value: string | null | undefined): string | null {
  const t = typeof value === 'string' ? value.trim() : '';
  return t === '' ? null : t;
}

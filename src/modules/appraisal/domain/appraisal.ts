import { checkRule } from '../../../shared-kernel/business-rule';
import { AggregateRoot } from '../../../shared-kernel/domain-event';
import { DomainError } from '../../../shared-kernel/domain-error';
import { Id } from '../../../shared-kernel/ids';
import { LocalDate } from '../../../shared-kernel/local-date';
import { AppraisalPolicy } from './appraisal-policy';
import { Appraiser } from './appraiser';
import { BehaviourAssessment } from './behaviour-assessment';
import { AppraisalEvent } from './events/appraisal-events';
import { Predikat } from './predikat';
import { predikatFor } from './predikat-matrix';
import { Rating } from './rating';
import { RatingPeriod } from './rating-period';
import { ObjectionMustBeWithinWindowRule } from './rules/objection-must-be-within-window.rule';
import { PeriodMustBeOverToBeRatedRule } from './rules/period-must-be-over-to-be-rated.rule';
import { OnlyTheAppraiserMayRateRule } from './rules/only-the-appraiser-may-rate.rule';
import { OnlyTheAppraisersSuperiorMayDecideObjectionRule } from './rules/only-the-appraisers-superior-may-decide-objection.rule';
import { UnitHeadResultRatingMustEqualOrganisationalRatingRule, UnitHeadship } from './rules/unit-head-result-rating-must-equal-organisational-rating.rule';

export interface SelfAssessment {
  readonly text: string;
  readonly submittedOn: LocalDate;
}

/** HR_CORRECTION: HR set the rating right afterwards (a closed month's too); the appraiser of record stays. */
export type VersionOrigin = 'RATING' | 'REVISION' | 'OBJECTION_DECISION' | 'HR_CORRECTION';

/** One rating as given. Versions are never changed or removed; the latest one counts. */
export interface AppraisalVersion {
  readonly number: number;
  readonly resultRating: Rating;
  readonly behaviourRating: Rating;
  readonly behaviours: BehaviourAssessment;
  readonly predikat: Predikat;
  readonly feedback: string | null;
  readonly ratedBy: Appraiser;
  readonly ratedOn: LocalDate;
  readonly origin: VersionOrigin;
  /** Why the previous version was replaced; null for the first. */
  readonly reason: string | null;
}

export interface Acknowledgement {
  readonly version: number;
  readonly acknowledgedOn: LocalDate;
}

export type ObjectionOutcome = 'UPHELD' | 'CHANGED';

export interface ObjectionDecision {
  readonly outcome: ObjectionOutcome;
  readonly decidedBy: Appraiser;
  readonly decidedOn: LocalDate;
  readonly reason: string;
  readonly resultingVersion: number | null;
}

export interface Objection {
  readonly number: number;
  readonly againstVersion: number;
  readonly filedOn: LocalDate;
  readonly reason: string;
  readonly decision: ObjectionDecision | null;
}

export interface AppraisalState {
  readonly id: Id;
  readonly employeeId: Id;
  readonly period: RatingPeriod;
  readonly selfAssessment: SelfAssessment | null;
  readonly versions: readonly AppraisalVersion[];
  readonly acknowledgements: readonly Acknowledgement[];
  readonly objections: readonly Objection[];
}

export interface Ratings {
  resultRating: Rating;
  behaviourRating: Rating;
  behaviours?: BehaviourAssessment;
  feedback?: string | null;
}

/** What the application layer resolves before a rating: who asks, who may rate, whether a unit head is rated. */
export interface RateCommand extends Ratings {
  caller: Id;
  appraiserOnPeriodEnd: Appraiser | null;
  unitHeadship: UnitHeadship;
  ratedOn: LocalDate;
}

export type ObjectionDecisionCommand = {
  caller: Id;
  appraisersSuperior: Appraiser | null;
  decidedOn: LocalDate;
  reason: string;
} & ({ outcome: 'UPHOLD' } | ({ outcome: 'CHANGE'; unitHeadship: UnitHeadship } & Ratings));

/**
 * The appraisal of one employee for one rating period: the employee's self-assessment, every version of
 * the appraiser's rating, the employee's acknowledgements and objections, and their decisions.
 */
export class Appraisal extends AggregateRoot<AppraisalEvent> {
  private constructor(private state: AppraisalState) {
    super();
  }

  static open(props: { id: Id; employeeId: Id; period: RatingPeriod }): Appraisal {
    return new Appraisal({ ...props, selfAssessment: null, versions: [], acknowledgements: [], objections: [] });
  }

  static restore(state: AppraisalState): Appraisal {
    return new Appraisal(state);
  }

  get id(): Id {
    return this.state.id;
  }

  get employeeId(): Id {
    return this.state.employeeId;
  }

  get period(): RatingPeriod {
    return this.state.period;
  }

  get selfAssessment(): SelfAssessment | null {
    return this.state.selfAssessment;
  }

  get versions(): readonly AppraisalVersion[] {
    return this.state.versions;
  }

  get objections(): readonly Objection[] {
    return this.state.objections;
  }

  get acknowledgements(): readonly Acknowledgement[] {
    return this.state.acknowledgements;
  }

  /** The version that counts, or null while the employee has not been rated. */
  get current(): AppraisalVersion | null {
    return this.state.versions.at(-1) ?? null;
  }

  get predikat(): Predikat | null {
    return this.current?.predikat ?? null;
  }

  get openObjection(): Objection | null {
    return this.state.objections.find((o) => o.decision === null) ?? null;
  }

  isAcknowledged(): boolean {
    const current = this.current;
    return current !== null && this.state.acknowledgements.some((a) => a.version === current.number);
  }

  toState(): AppraisalState {
    return this.state;
  }

  /** The employee's own account of the period, which the appraiser should have before rating. */
  submitSelfAssessment(command: { caller: Id; text: string; submittedOn: LocalDate }): void {
    this.assertIsTheEmployee(command.caller, () => DomainError.forbidden('Only the employee may write their self-assessment.', 'EMPLOYEE_SELF_ASSESSES'));
    if (this.current !== null) {
      throw DomainError.rule('ALREADY_RATED', 'The self-assessment can only be written before the rating.');
    }
    const text = requiredText(command.text, 'text', 'SELF_ASSESSMENT_REQUIRED', 'The self-assessment may not be empty.');
    this.state = { ...this.state, selfAssessment: { text, submittedOn: command.submittedOn } };
  }

  rate(command: RateCommand): void {
    if (this.current !== null) {
      throw DomainError.conflict('ALREADY_RATED', `The employee is already rated for ${this.period.toString()}; revise the rating with a reason instead.`);
    }
    checkRule(new OnlyTheAppraiserMayRateRule(command.appraiserOnPeriodEnd, command.caller));
    checkRule(new PeriodMustBeOverToBeRatedRule(this.period, command.ratedOn));
    checkRule(new UnitHeadResultRatingMustEqualOrganisationalRatingRule(this.period, command.unitHeadship, command.resultRating));
    this.addVersion(command, command.appraiserOnPeriodEnd!, command.ratedOn, 'RATING', null);
  }

  /** The appraiser changes their own rating; an open objection has to be decided first. */
  revise(command: RateCommand & { reason: string }): void {
    const current = this.requireCurrent();
    checkRule(new OnlyTheAppraiserMayRateRule(command.appraiserOnPeriodEnd, command.caller));
    if (this.openObjection !== null) {
      throw DomainError.rule('OBJECTION_PENDING', "The rating is under objection; the appraiser's superior decides on it.");
    }
    const reason = requiredText(command.reason, 'reason', 'REASON_REQUIRED', 'A changed rating needs a reason.');
    assertNotBefore(command.ratedOn, current.ratedOn, 'ratedOn');
    checkRule(new UnitHeadResultRatingMustEqualOrganisationalRatingRule(this.period, command.unitHeadship, command.resultRating));
    this.addVersion(command, command.appraiserOnPeriodEnd!, command.ratedOn, 'REVISION', reason);
  }

  /** Acknowledging says the employee has seen the rating; it does not waive the right to object. */
  acknowledge(command: { caller: Id; acknowledgedOn: LocalDate }): void {
    this.assertIsTheEmployee(command.caller, () => DomainError.forbidden('Only the rated employee may acknowledge their rating.', 'RATED_EMPLOYEE_ACKNOWLEDGES'));
    const current = this.requireCurrent();
    if (this.isAcknowledged()) return;
    this.state = {
      ...this.state,
      acknowledgements: [...this.state.acknowledgements, { version: current.number, acknowledgedOn: command.acknowledgedOn }],
    };
  }

  /**
   * An objection contests the current version. Each version can be contested once, and a version that is
   * itself an objection decision is final: the superior's decision is the end of the objection route.
   */
  fileObjection(command: { caller: Id; reason: string; filedOn: LocalDate; policy: AppraisalPolicy }): void {
    this.assertIsTheEmployee(command.caller, () => DomainError.forbidden('Only the rated employee may object to their rating.', 'RATED_EMPLOYEE_OBJECTS'));
    const current = this.requireCurrent();
    if (this.openObjection !== null) {
      throw DomainError.rule('OBJECTION_ALREADY_OPEN', 'An objection to this rating is already waiting for a decision.');
    }
    if (current.origin === 'OBJECTION_DECISION') {
      throw DomainError.rule('OBJECTION_DECISION_IS_FINAL', 'This rating is the decision on an objection and cannot be objected to again.');
    }
    if (this.state.objections.some((o) => o.againstVersion === current.number)) {
      throw DomainError.rule('ALREADY_OBJECTED', 'An objection to this rating has already been decided.');
    }
    checkRule(new ObjectionMustBeWithinWindowRule(current.ratedOn, command.filedOn, command.policy));
    const reason = requiredText(command.reason, 'reason', 'REASON_REQUIRED', 'An objection needs a reason.');
    const objection: Objection = {
      number: this.state.objections.length + 1,
      againstVersion: current.number,
      filedOn: command.filedOn,
      reason,
      decision: null,
    };
    this.state = { ...this.state, objections: [...this.state.objections, objection] };
    this.record({
      type: 'ObjectionFiled',
      appraisalId: this.id,
      employeeId: this.employeeId,
      period: this.period.toString(),
      objectionNumber: objection.number,
      againstVersion: objection.againstVersion,
      filedOn: objection.filedOn,
    });
  }

  /** UPHOLD keeps the contested version; CHANGE adds a new version in the superior's name. */
  decideObjection(command: ObjectionDecisionCommand): void {
    const objection = this.openObjection;
    if (objection === null) {
      throw DomainError.rule('NO_OPEN_OBJECTION', 'There is no objection waiting for a decision.');
    }
    const contested = this.state.versions[objection.againstVersion - 1];
    checkRule(new OnlyTheAppraisersSuperiorMayDecideObjectionRule(command.appraisersSuperior, command.caller, contested.ratedBy.employeeId));
    const superior = command.appraisersSuperior!;
    const reason = requiredText(command.reason, 'reason', 'REASON_REQUIRED', 'A decision on an objection needs a reason.');
    assertNotBefore(command.decidedOn, objection.filedOn, 'decidedOn');

    let resultingVersion: number | null = null;
    if (command.outcome === 'CHANGE') {
      checkRule(new UnitHeadResultRatingMustEqualOrganisationalRatingRule(this.period, command.unitHeadship, command.resultRating));
      resultingVersion = this.addVersion(command, superior, command.decidedOn, 'OBJECTION_DECISION', reason);
    }
    const decision: ObjectionDecision = {
      outcome: command.outcome === 'CHANGE' ? 'CHANGED' : 'UPHELD',
      decidedBy: superior,
      decidedOn: command.decidedOn,
      reason,
      resultingVersion,
    };
    this.state = {
      ...this.state,
      objections: this.state.objections.map((o) => (o.number === objection.number ? { ...o, decision } : o)),
    };
    this.record({
      type: 'ObjectionDecided',
      appraisalId: this.id,
      employeeId: this.employeeId,
      period: this.period.toString(),
      objectionNumber: objection.number,
      outcome: decision.outcome,
      resultingVersion,
      decidedOn: decision.decidedOn,
    });
  }

  /**
   * HR corrects the rating afterwards, with a reason — the months it sets may be closed; the caller has checked
   * that HR asks and that they are correctable. Under an open objection the correction is the decision on it:
   * the superior upheld it after the close, when only HR may still change the month, so HR applies the rating
   * the superior decided, in the superior's name (`objectionDecidedBy`).
   */
  correct(command: Ratings & { reason: string; correctedOn: LocalDate; unitHeadship: UnitHeadship; objectionDecidedBy: Appraiser | null }): void {
    const current = this.requireCurrent();
    const reason = requiredText(command.reason, 'reason', 'REASON_REQUIRED', 'A corrected rating needs a reason.');
    checkRule(new UnitHeadResultRatingMustEqualOrganisationalRatingRule(this.period, command.unitHeadship, command.resultRating));
    const objection = this.openObjection;
    if (objection === null) {
      this.addVersion(command, current.ratedBy, command.correctedOn, 'HR_CORRECTION', reason);
      return;
    }
    if (command.objectionDecidedBy === null) {
      throw DomainError.rule('NO_SUPERIOR', "The contested appraiser has no superior on the period's last day to decide the objection in whose name.");
    }
    const resultingVersion = this.addVersion(command, command.objectionDecidedBy, command.correctedOn, 'OBJECTION_DECISION', reason);
    const decision: ObjectionDecision = { outcome: 'CHANGED', decidedBy: command.objectionDecidedBy, decidedOn: command.correctedOn, reason, resultingVersion };
    this.state = { ...this.state, objections: this.state.objections.map((o) => (o.number === objection.number ? { ...o, decision } : o)) };
    this.record({
      type: 'ObjectionDecided',
      appraisalId: this.id,
      employeeId: this.employeeId,
      period: this.period.toString(),
      objectionNumber: objection.number,
      outcome: decision.outcome,
      resultingVersion,
      decidedOn: decision.decidedOn,
    });
  }

  private addVersion(ratings: Ratings, ratedBy: Appraiser, ratedOn: LocalDate, origin: VersionOrigin, reason: string | null): number {
    const previous = this.current;
    const version: AppraisalVersion = {
      number: this.state.versions.length + 1,
      resultRating: ratings.resultRating,
      behaviourRating: ratings.behaviourRating,
      behaviours: ratings.behaviours ?? BehaviourAssessment.none(),
      predikat: predikatFor(ratings.resultRating, ratings.behaviourRating),
      feedback: ratings.feedback?.trim() ? ratings.feedback.trim() : null,
      ratedBy,
      ratedOn,
      origin,
      reason,
    };
    this.state = { ...this.state, versions: [...this.state.versions, version] };
    this.record({
      type: 'AppraisalRated',
      appraisalId: this.id,
      employeeId: this.employeeId,
      period: this.period.toString(),
      kind: this.period.kind,
      months: this.period.payMonths,
      version: version.number,
      predikat: version.predikat,
      previousPredikat: previous?.predikat ?? null,
      ratedOn,
    });
    return version.number;
  }

  private requireCurrent(): AppraisalVersion {
    const current = this.current;
    if (current === null) {
      throw DomainError.rule('NOT_RATED', `The employee has not been rated for ${this.period.toString()} yet.`);
    }
    return current;
  }

  private assertIsTheEmployee(caller: Id, refusal: () => DomainError): void {
    if (caller !== this.state.employeeId) throw refusal();
  }
}

function requiredText(value: string, field: string, code: string, message: string): string {
  const text = value.trim();
  if (text === '') throw DomainError.validation(field, code, message);
  return text;
}

function assertNotBefore(date: LocalDate, earliest: LocalDate, field: string): void {
  if (date < earliest) {
    throw DomainError.validation(field, 'DATE_BEFORE_PREVIOUS_STEP', `${field} ${date} is before ${earliest}, the date of the step it follows.`);
  }
}

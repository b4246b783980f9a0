import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { AccessPolicy } from '../../../organization/public/access-policy';
import { EmployeeProfilesFacade } from '../../../organization/public/employee-profiles.facade';
import { UnitTreeFacade } from '../../../organization/public/unit-tree.facade';
import { Appraisal } from '../../domain/appraisal';
import { placeInDevelopmentGrid, TALENT_BOX_DESCRIPTIONS, TALENT_BOXES } from '../../domain/development-grid';
import { checkDistribution } from '../../domain/distribution-guidance';
import { PREDIKATS } from '../../domain/predikat';
import { RatingPeriod } from '../../domain/rating-period';
import { AppraisalContext } from '../appraisal-context';
import { appraisalView, developmentAreasView, feedbackView } from '../appraisal-view';
import { AchievementFacts, AchievementFactsView } from '../ports/achievement-facts.port';
import { AppraisalRepository, CurrentRating } from '../ports/appraisal.repository';
import { FeedbackRepository } from '../ports/feedback.repository';
import { OrganisationalRatingRepository } from '../ports/organisational-rating.repository';

/** The read side of appraisal: every answer is checked against the caller's right to see it. */
@Injectable()
export class AppraisalQueries {
  constructor(
    private readonly appraisals: AppraisalRepository,
    private readonly feedbackGiven: FeedbackRepository,
    private readonly organisationalRatings: OrganisationalRatingRepository,
    private readonly context: AppraisalContext,
    private readonly access: AccessPolicy,
    private readonly profiles: EmployeeProfilesFacade,
    private readonly unitTree: UnitTreeFacade,
    private readonly facts: AchievementFacts,
  ) {}

  private factsFor(employeeId: Id, period: RatingPeriod): Promise<AchievementFactsView> {
    return this.facts.factsFor(employeeId, { firstDay: period.firstDay, lastDay: period.lastDay, months: period.months, year: period.year });
  }

  async readable(actor: Actor, id: Id): Promise<Appraisal> {
    const appraisal = await this.appraisals.byId(id);
    if (!appraisal) throw DomainError.notFound('Appraisal', id);
    await this.context.assertCanRead(actor, appraisal.employeeId, appraisal.period, appraisal);
    return appraisal;
  }

  async get(actor: Actor, id: Id) {
    const appraisal = await this.readable(actor, id);
    return {
      ...appraisalView(appraisal, this.context.policy),
      appraiser: await this.context.appraiserOn(appraisal.employeeId, appraisal.period),
      developmentAreas: developmentAreasView(appraisal),
      facts: await this.factsFor(appraisal.employeeId, appraisal.period),
    };
  }

  /**
   * Without an employee, an employee account lists its own appraisals; HR and auditors list everyone's.
   * Of one employee's appraisals the caller sees those they may read (a supervisor who took over in July
   * does not see June's), and is refused when there are some but they may read none.
   */
  async list(actor: Actor, filter: { employeeId?: Id; period?: string; awaitingMyDecision?: boolean }) {
    const period = filter.period === undefined ? undefined : RatingPeriod.parse(filter.period, this.context.policy).toString();
    if (filter.awaitingMyDecision) return this.awaitingDecisionOf(actor, period);
    let employeeIds: Id[] | undefined;
    if (filter.employeeId) employeeIds = [filter.employeeId];
    else if (!actor.readsEverything) employeeIds = actor.employeeId ? [actor.employeeId] : [];
    const appraisals = await this.appraisals.list({ employeeIds, period });
    const visible: Appraisal[] = [];
    for (const a of appraisals) if (await this.context.canRead(actor, a.employeeId, a.period, a)) visible.push(a);
    if (filter.employeeId && visible.length === 0 && appraisals.length > 0) {
      throw DomainError.forbidden("You may not see this employee's appraisals.", 'APPRAISALS_NOT_YOURS');
    }
    return { items: visible.map((a) => appraisalView(a, this.context.policy)) };
  }

  /**
   * The objections the caller decides: those whose contested rating was given by someone the caller is the
   * superior of on the period's last day (the same rule the decision checks). Each item names the employee,
   * as the superior usually does not supervise them directly.
   */
  private async awaitingDecisionOf(actor: Actor, period: string | undefined) {
    if (actor.employeeId === null) return { items: [] };
    const mine: Appraisal[] = [];
    for (const a of await this.appraisals.list({ period, openObjection: true })) {
      const objection = a.openObjection!;
      const appraiser = a.versions[objection.againstVersion - 1].ratedBy.employeeId;
      if ((await this.context.superiorOf(appraiser, a.period))?.employeeId === actor.employeeId) mine.push(a);
    }
    const items = [];
    for (const a of mine) {
      const profile = (await this.profiles.employeeProfilesOn([a.employeeId], a.period.lastDay)).get(a.employeeId);
      items.push({ ...appraisalView(a, this.context.policy), employee: { id: a.employeeId, nip: profile?.nip ?? null, name: profile?.name ?? null } });
    }
    return { items };
  }

  /** What the appraiser works from: who appraises, the facts, the self-assessment, feedback of the period. */
  async form(actor: Actor, employeeId: Id, periodText: string) {
    const period = RatingPeriod.parse(periodText, this.context.policy);
    await this.context.assertEmployeeExists(employeeId);
    const [appraisal] = await this.appraisals.list({ employeeIds: [employeeId], period: period.toString() });
    await this.context.assertCanRead(actor, employeeId, period, appraisal ?? null);
    const headship = await this.context.unitHeadship(employeeId, period);
    return {
      employeeId,
      period: period.toString(),
      kind: period.kind,
      firstDay: period.firstDay,
      lastDay: period.lastDay,
      appraiser: await this.context.appraiserOn(employeeId, period),
      unitHead: headship !== null,
      organisationalRating: headship?.organisationalRating ?? null,
      facts: await this.factsFor(employeeId, period),
      selfAssessment: appraisal?.selfAssessment ?? null,
      feedback: (await this.feedbackGiven.given(employeeId, period.firstDay, period.lastDay)).map(feedbackView),
      appraisal: appraisal ? appraisalView(appraisal, this.context.policy) : null,
    };
  }

  async feedback(actor: Actor, employeeId: Id) {
    await this.context.assertEmployeeExists(employeeId);
    await this.access.assertCanReadEmployee(actor, employeeId);
    return { items: (await this.feedbackGiven.given(employeeId)).map(feedbackView) };
  }

  async developmentAreas(actor: Actor, employeeId: Id, periodText: string) {
    const period = RatingPeriod.parse(periodText, this.context.policy);
    await this.context.assertEmployeeExists(employeeId);
    const [appraisal] = await this.appraisals.list({ employeeIds: [employeeId], period: period.toString() });
    await this.context.assertCanRead(actor, employeeId, period, appraisal ?? null);
    return {
      employeeId,
      period: period.toString(),
      rated: appraisal?.current != null,
      areas: appraisal ? developmentAreasView(appraisal) : [],
    };
  }

  /** The people of the unit's subtree on the period's last day and the rating that counts for each. */
  private async unitRatings(actor: Actor, unitId: Id, periodText: string) {
    await this.context.assertCanReadUnit(actor, unitId);
    const period = RatingPeriod.parse(periodText, this.context.policy);
    const employeeIds = await this.unitTree.employeesInSubtree(unitId, period.lastDay);
    const profiles = await this.profiles.employeeProfilesOn(employeeIds, period.lastDay);
    const ratings = await this.appraisals.currentRatings(employeeIds, period);
    const people = employeeIds.map((id) => {
      const p = profiles.get(id)!;
      return { id, nip: p.nip, name: p.name, positionName: p.positionName, unitId: p.unitId };
    });
    return { period, people, ratings };
  }

  async unitSheet(actor: Actor, unitId: Id, periodText: string) {
    const { period, people, ratings } = await this.unitRatings(actor, unitId, periodText);
    const organisationalRating = await this.organisationalRatings.levelOf(unitId, period.year);
    const predikats = [...ratings.values()].map((r) => r.predikat);
    const warnings = organisationalRating
      ? checkDistribution(organisationalRating, predikats).map((w) => ({
          code: w.code,
          message: w.message,
          predikats: w.predikats,
          sharePercent: w.share.value.toDecimalPlaces(2).toFixed(),
          limitPercent: w.limit?.toString() ?? null,
        }))
      : [
          {
            code: 'ORGANISATIONAL_RATING_NOT_SET',
            message: `The unit has no organisational rating for ${period.year}, so its distribution cannot be checked.`,
            predikats: [],
            sharePercent: null,
            limitPercent: null,
          },
        ];
    return {
      unitId,
      period: period.toString(),
      organisationalRating,
      employees: people.map((p) => ({ ...p, ...ratingOf(ratings.get(p.id)) })),
      distribution: PREDIKATS.map((predikat) => ({ predikat, count: predikats.filter((x) => x === predikat).length })),
      rated: predikats.length,
      notRated: people.length - predikats.length,
      warnings,
    };
  }

  async developmentGrid(actor: Actor, unitId: Id, periodText: string) {
    const { period, people, ratings } = await this.unitRatings(actor, unitId, periodText);
    const grid = placeInDevelopmentGrid([...ratings.values()]);
    const byId = new Map(people.map((p) => [p.id, p]));
    return {
      unitId,
      period: period.toString(),
      boxes: TALENT_BOXES.map((box) => ({
        box,
        description: TALENT_BOX_DESCRIPTIONS[box].id,
        employees: grid[box].map((id) => ({ ...byId.get(id)!, ...ratingOf(ratings.get(id)) })),
      })),
      notRated: people.filter((p) => !ratings.has(p.id)),
    };
  }
}

function ratingOf(rating: CurrentRating | undefined) {
  return rating
    ? { appraisalId: rating.appraisalId, version: rating.version, resultRating: rating.resultRating, behaviourRating: rating.behaviourRating, predikat: rating.predikat }
    : { appraisalId: null, version: null, resultRating: null, behaviourRating: null, predikat: null };
}

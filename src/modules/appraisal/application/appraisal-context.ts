import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock } from '../../../shared-kernel/clock';
import { DomainError } from '../../../shared-kernel/domain-error';
import { Id } from '../../../shared-kernel/ids';
import { LocalDate } from '../../../shared-kernel/local-date';
import { localDateOf } from '../../../shared-kernel/zone';
import { Actor } from '../../../platform/auth/actor';
import { PeriodLock } from '../../../platform/period-lock/period-lock';
import { AccessPolicy } from '../../organization/public/access-policy';
import { EmployeeProfilesFacade } from '../../organization/public/employee-profiles.facade';
import { SupervisionFacade } from '../../organization/public/supervision.facade';
import { UnitTreeFacade } from '../../organization/public/unit-tree.facade';
import { WorkCalendarsFacade } from '../../organization/public/work-calendars.facade';
import { Appraisal } from '../domain/appraisal';
import { AppraisalPolicy } from '../domain/appraisal-policy';
import { Appraiser } from '../domain/appraiser';
import { RatingPeriod } from '../domain/rating-period';
import { UnitHeadship } from '../domain/rules/unit-head-result-rating-must-equal-organisational-rating.rule';
import { OrganisationalRatingRepository } from './ports/organisational-rating.repository';

/**
 * What the appraisal commands and queries resolve outside the aggregate: who appraises whom on the
 * period's last day, whether the rated employee heads a unit, today's date where the employee works, and
 * who may see an appraisal.
 */
@Injectable()
export class AppraisalContext {
  constructor(
    readonly policy: AppraisalPolicy,
    private readonly access: AccessPolicy,
    private readonly profiles: EmployeeProfilesFacade,
    private readonly supervision: SupervisionFacade,
    private readonly unitTree: UnitTreeFacade,
    private readonly calendars: WorkCalendarsFacade,
    private readonly organisationalRatings: OrganisationalRatingRepository,
    private readonly periodLock: PeriodLock,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Dates of ratings and objections are the employee's local dates, so the window is counted where they work. */
  async todayFor(employeeId: Id): Promise<LocalDate> {
    const provisional = localDateOf(this.clock.now(), 'Asia/Jakarta');
    const unit = await this.calendars.unitOfEmployee(employeeId, provisional);
    return unit ? localDateOf(this.clock.now(), unit.timeZone) : provisional;
  }

  async assertEmployeeExists(employeeId: Id): Promise<void> {
    await this.profiles.nipOf(employeeId);
  }

  async appraiserOn(employeeId: Id, period: RatingPeriod): Promise<Appraiser | null> {
    const supervisor = await this.supervision.supervisorOn(employeeId, period.lastDay);
    return supervisor ? { employeeId: supervisor.employeeId, acting: supervisor.acting } : null;
  }

  /** The appraiser's own superior, resolved on the same day as the appraiser so both come from one hierarchy. */
  async superiorOf(appraiserId: Id, period: RatingPeriod): Promise<Appraiser | null> {
    return this.appraiserOn(appraiserId, period);
  }

  async unitHeadship(employeeId: Id, period: RatingPeriod): Promise<UnitHeadship> {
    const headed = (await this.supervision.unitsHeadedOn([employeeId], period.lastDay)).get(employeeId);
    if (!headed) return null;
    return { organisationalRating: await this.organisationalRatings.levelOf(headed.unitId, period.year) };
  }

  /**
   * A periodic rating sets the rating multiplier of each month it covers, so every one of them must still
   * be open; the annual rating feeds no month's allowance.
   */
  async assertMonthsOpen(period: RatingPeriod): Promise<void> {
    for (const month of period.payMonths) await this.periodLock.assertOpen(month);
  }

  /** The same months for HR's correction: a closed one passes for HR (its statements go stale), a closing one not. */
  async assertMonthsCorrectable(actor: Actor, period: RatingPeriod): Promise<void> {
    await this.periodLock.assertCorrectable(actor, period.payMonths);
  }

  /**
   * The rated employee, everyone who rated or decided on the appraisal, the appraiser of the period and
   * their superior, administrators of the employee's unit, and HR and auditors.
   */
  async canRead(actor: Actor, employeeId: Id, period: RatingPeriod, appraisal: Appraisal | null): Promise<boolean> {
    if (actor.readsEverything || actor.isEmployee(employeeId)) return true;
    const me = actor.employeeId;
    if (me !== null && appraisal !== null) {
      const involved = [...appraisal.versions.map((v) => v.ratedBy.employeeId), ...appraisal.objections.flatMap((o) => (o.decision ? [o.decision.decidedBy.employeeId] : []))];
      if (involved.includes(me)) return true;
    }
    if (me !== null) {
      const appraiser = await this.appraiserOn(employeeId, period);
      if (appraiser?.employeeId === me) return true;
      if (appraiser && (await this.superiorOf(appraiser.employeeId, period))?.employeeId === me) return true;
    }
    if (actor.adminUnitIds.length > 0) {
      try {
        await this.access.assertCanAdministerEmployee(actor, employeeId, period.lastDay);
        return true;
      } catch (error) {
        if (error instanceof DomainError && error.kind === 'forbidden') return false;
        throw error;
      }
    }
    return false;
  }

  async assertCanRead(actor: Actor, employeeId: Id, period: RatingPeriod, appraisal: Appraisal | null): Promise<void> {
    if (!(await this.canRead(actor, employeeId, period, appraisal))) {
      throw DomainError.forbidden(
        "You may see only your own appraisals, those you give or decide on as appraiser or the appraiser's superior, or those of the units you administer.",
        'APPRAISALS_NOT_YOURS',
      );
    }
  }

  /** HR, auditors and payroll read every unit's ratings; a unit admin the units in their subtree. */
  async assertCanReadUnit(actor: Actor, unitId: Id): Promise<void> {
    if (!(await this.unitTree.unitExists(unitId))) throw DomainError.notFound('Unit', unitId);
    if (actor.readsPayFacts) return;
    await this.access.assertCanAdministerUnit(actor, unitId);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock } from '../../../shared-kernel/clock';
import { DomainError } from '../../../shared-kernel/domain-error';
import { LocalDate, maxDate, minDate } from '../../../shared-kernel/local-date';
import { localDateOf } from '../../../shared-kernel/zone';
import { Actor } from '../../../platform/auth/actor';
import { AccessPolicy } from '../../organization/public/access-policy';
import { SupervisionFacade } from '../../organization/public/supervision.facade';
import { WorkCalendarsFacade } from '../../organization/public/work-calendars.facade';
import { PerformancePlan } from '../domain/performance-plan';
import { ResultSource } from '../domain/planned-result';
import { CascadeContext } from '../domain/result-cascade.policy';
import { PlanRepository } from './ports/plan-repository';
import { UnitTargetRepository } from './ports/unit-target-repository';

/**
 * What planning asks of the organisation, always for one reference date of a plan: today when it lies in
 * the plan's period, else the period's nearest end (a plan drafted in December for next year is read as
 * of its first day).
 */
@Injectable()
export class PlanningContext {
  constructor(
    private readonly plans: PlanRepository,
    private readonly unitTargets: UnitTargetRepository,
    private readonly access: AccessPolicy,
    private readonly calendars: WorkCalendarsFacade,
    private readonly supervision: SupervisionFacade,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  referenceDate(plan: { periodStart: LocalDate; periodEnd: LocalDate }): LocalDate {
    return maxDate(plan.periodStart, minDate(plan.periodEnd, localDateOf(this.clock.now(), 'Asia/Jakarta')));
  }

  async cascadeContext(plan: PerformancePlan, source: ResultSource): Promise<CascadeContext> {
    const date = this.referenceDate(plan);
    const placement = await this.calendars.placementOn(plan.employeeId, date);
    if (!placement) {
      throw DomainError.rule('EMPLOYEE_NOT_PLACED', `The employee holds no definitive position on ${date}, so their plan has nothing to cascade from.`);
    }
    const supervisor = placement.isUnitHead ? null : await this.supervision.supervisorOn(plan.employeeId, date);
    return {
      employeeIsUnitHead: placement.isUnitHead,
      employeeUnitId: placement.unitId,
      supervisorPlan: supervisor ? await this.plans.planCovering(supervisor.employeeId, date) : null,
      unitTarget: source.kind === 'UNIT_TARGET' ? await this.unitTargets.target(source.unitTargetId) : null,
    };
  }

  /** The plan's owner edits it; HR and the unit admins of the employee's unit may act for them. */
  async assertCanEdit(actor: Actor, plan: PerformancePlan): Promise<void> {
    if (actor.isEmployee(plan.employeeId)) return;
    await this.access.assertCanAdministerEmployee(actor, plan.employeeId, this.referenceDate(plan));
  }

  /** Approval and return belong to the employee's direct supervisor (Plt/Plh included) on the reference date. */
  async assertIsSupervisor(actor: Actor, plan: PerformancePlan): Promise<string> {
    const supervisor = await this.supervision.supervisorOn(plan.employeeId, this.referenceDate(plan));
    if (!actor.employeeId || supervisor?.employeeId !== actor.employeeId) {
      throw DomainError.forbidden("Only the employee's direct supervisor on the plan's date may approve or return it.", 'SUPERVISOR_REVIEWS_PLAN');
    }
    return actor.employeeId;
  }

  async assertCanRead(actor: Actor, plan: PerformancePlan): Promise<void> {
    await this.access.assertCanReadEmployee(actor, plan.employeeId, this.referenceDate(plan));
  }

  async loadPlan(id: string, forUpdate = false): Promise<PerformancePlan> {
    const plan = await this.plans.plan(id, { forUpdate });
    if (!plan) throw DomainError.notFound('Performance plan', id);
    return plan;
  }
}

export const planView = (plan: PerformancePlan) => {
  const s = plan.snapshot();
  const resultView = (r: (typeof s.results)[number]) => ({
    id: r.id,
    title: r.title,
    parentResultId: r.source.kind === 'PARENT_RESULT' ? r.source.parentResultId : null,
    unitTargetId: r.source.kind === 'UNIT_TARGET' ? r.source.unitTargetId : null,
    indicators: r.indicators.map((i) => i.toInput()),
  });
  return {
    id: s.id,
    employeeId: s.employeeId,
    year: s.year,
    periodStart: s.periodStart,
    periodEnd: s.periodEnd,
    isClosed: s.isClosed,
    status: s.status,
    version: s.version,
    returnReason: s.returnReason,
    results: s.results.map(resultView),
    approvedVersions: s.approvedVersions.map((v) => ({ version: v.version, approvedBy: v.approvedBy, approvedAt: v.approvedAt, results: v.results.map(resultView) })),
  };
};

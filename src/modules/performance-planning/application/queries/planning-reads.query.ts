import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { AccessPolicy } from '../../../organization/public/access-policy';
import { PerformancePlan } from '../../domain/performance-plan';
import { UnitTarget } from '../../domain/unit-target';
import { PlanningContext } from '../planning-context';
import { PlanningReadModel } from '../ports/planning-read-model';
import { UnitTargetRepository } from '../ports/unit-target-repository';

/** Plans and unit targets, each for whoever may read it. Pages hold up to `limit + 1` items. */
@Injectable()
export class PlanningReads {
  constructor(
    private readonly plans: PlanningReadModel,
    private readonly unitTargets: UnitTargetRepository,
    private readonly context: PlanningContext,
    private readonly access: AccessPolicy,
  ) {}

  unitTargetPage(filter: { unitId?: Id; year?: number; after?: string; limit: number }): Promise<UnitTarget[]> {
    return this.unitTargets.list(filter);
  }

  async unitTarget(id: Id): Promise<UnitTarget> {
    const target = await this.unitTargets.target(id);
    if (!target) throw DomainError.notFound('Unit target', id);
    return target;
  }

  /** Of one employee the caller may read; without one, the caller's own (HR and auditors: everyone's). */
  async planPage(actor: Actor, filter: { employeeId?: Id; year?: number; status?: string; after?: string; limit: number }): Promise<PerformancePlan[]> {
    let employeeIds: Id[] | undefined;
    if (filter.employeeId) {
      await this.access.assertCanReadEmployee(actor, filter.employeeId);
      employeeIds = [filter.employeeId];
    } else if (!actor.readsEverything) {
      employeeIds = actor.employeeId ? [actor.employeeId] : [];
    }
    return this.plans.plans({ employeeIds, year: filter.year, status: filter.status, after: filter.after, limit: filter.limit });
  }

  async plan(actor: Actor, id: Id): Promise<PerformancePlan> {
    const plan = await this.plans.plan(id);
    if (!plan) throw DomainError.notFound('Performance plan', id);
    await this.context.assertCanRead(actor, plan);
    return plan;
  }
}

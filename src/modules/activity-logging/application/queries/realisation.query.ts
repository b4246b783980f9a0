import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { Dec } from '../../../../shared-kernel/decimal';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { LocalDate, maxDate, minDate } from '../../../../shared-kernel/local-date';
import { localDateOf } from '../../../../shared-kernel/zone';
import { Actor } from '../../../../platform/auth/actor';
import { AccessPolicy } from '../../../organization/public/access-policy';
import { PlanningFacade } from '../../../performance-planning/public/planning.facade';
import { ActivityReadModel } from '../ports/activity-read-model';

const RATIO_PLACES = 4;

/** Per RHK of a plan's approved version: approved output and minutes year to date against each indicator target. */
@Injectable()
export class RealisationQuery {
  constructor(
    private readonly activities: ActivityReadModel,
    private readonly planning: PlanningFacade,
    private readonly access: AccessPolicy,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async ofPlan(actor: Actor, planId: Id, upTo: LocalDate | undefined) {
    const header = await this.planning.planHeader(planId);
    if (!header) throw DomainError.notFound('Performance plan', planId);
    await this.access.assertCanReadEmployee(actor, header.employeeId);
    const approved = (await this.planning.approvedPlans([header.employeeId], header.year)).find((p) => p.planId === planId);
    const to = maxDate(header.periodStart, minDate(header.periodEnd, upTo ?? localDateOf(this.clock.now(), 'Asia/Jakarta')));
    if (!approved) return { planId, version: null, from: header.periodStart, to, results: [] };
    const realised = await this.activities.realisation(
      approved.results.map((r) => r.id),
      header.periodStart,
      to,
    );
    return {
      planId,
      version: approved.version,
      from: header.periodStart,
      to,
      results: approved.results.map((r) => {
        const done = realised.get(r.id) ?? { approvedQuantity: '0', approvedMinutes: 0, activities: 0 };
        return {
          resultId: r.id,
          title: r.title,
          ...done,
          // Outputs are counted against QUANTITY indicators; quality and time are judged at appraisal.
          indicators: r.indicators.map((i) => ({
            ...i,
            realised: i.aspect === 'QUANTITY' ? done.approvedQuantity : null,
            ratio: i.aspect === 'QUANTITY' ? new Dec(done.approvedQuantity).dividedBy(i.target).toDecimalPlaces(RATIO_PLACES, Dec.ROUND_HALF_UP).toFixed() : null,
          })),
        };
      }),
    };
  }
}

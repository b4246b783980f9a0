import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { yearMonthOf } from '../../../../shared-kernel/year-month';
import { Inject } from '@nestjs/common';
import { Actor } from '../../../../platform/auth/actor';
import { AuditLog } from '../../../../platform/audit/audit-log';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { PeriodLock } from '../../../../platform/period-lock/period-lock';
import { SupervisionFacade } from '../../../organization/public/supervision.facade';
import { DailyActivity } from '../../domain/daily-activity';
import { ActivityRepository } from '../../infrastructure/persistence/activity.repository';
import { activityView } from '../activity-view';

export type Review = { decision: 'approve'; approvedQuantity?: string | number | null; note?: string | null } | { decision: 'reject'; reason: string };

export class ReviewActivities {
  constructor(
    readonly actor: Actor,
    readonly activityIds: Id[],
    readonly review: Review,
  ) {}
}

/**
 * The direct supervisor of the employee ON THE ACTIVITY'S DATE (a Plt or Plh on the days they act)
 * approves or rejects. Many at once is all or nothing: one activity that is not theirs, or no longer
 * awaiting review, refuses the whole call, so a half-applied bulk approval never needs untangling.
 */
@CommandHandler(ReviewActivities)
export class ReviewActivitiesHandler implements ICommandHandler<ReviewActivities> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: ActivityRepository,
    private readonly supervision: SupervisionFacade,
    private readonly periodLock: PeriodLock,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actor, activityIds, review }: ReviewActivities) {
    const reviewerId = actor.employeeId;
    if (!reviewerId) throw DomainError.forbidden('Only supervisors review activities.');
    const ids = [...new Set(activityIds)];
    return this.uow.run(async () => {
      const activities = await this.repo.activities(ids, true);
      const missing = ids.find((id) => !activities.some((a) => a.id === id));
      if (missing) throw DomainError.notFound('Activity', missing);
      await this.assertSupervises(reviewerId, activities);
      const openMonths = new Map<string, boolean>();
      for (const month of new Set(activities.map((a) => yearMonthOf(a.date)))) openMonths.set(month, await this.periodLock.isOpen(month));
      const at = this.clock.now();
      const before = new Map(activities.map((a) => [a.id, activityView(a)]));
      for (const a of activities) {
        const isMonthOpen = openMonths.get(yearMonthOf(a.date))!;
        if (review.decision === 'approve') a.approve({ reviewerId, approvedQuantity: review.approvedQuantity, note: review.note, isMonthOpen, at });
        else a.reject({ reviewerId, reason: review.reason, isMonthOpen, at });
      }
      for (const month of openMonths.keys()) await this.periodLock.assertOpen(month);
      await this.repo.update(activities);
      const action = review.decision === 'approve' ? 'ApproveActivity' : 'RejectActivity';
      for (const a of activities) {
        await this.audit.record({ action, targetType: 'DailyActivity', targetId: a.id, reason: review.decision === 'reject' ? review.reason : review.note, before: before.get(a.id), after: activityView(a) });
      }
      return activities.map(activityView);
    });
  }

  private async assertSupervises(reviewerId: Id, activities: DailyActivity[]): Promise<void> {
    const supervisors = await this.supervision.supervisorsOfPairs(activities.map((a) => ({ employeeId: a.employeeId, date: a.date })));
    const foreign = activities.find((a) => supervisors.get(`${a.employeeId}|${a.date}`)?.employeeId !== reviewerId);
    if (foreign) {
      throw DomainError.forbidden(`You were not the direct supervisor of the employee on ${foreign.date}, so you cannot review activity ${foreign.id}.`);
    }
  }
}

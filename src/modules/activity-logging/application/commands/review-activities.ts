import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { yearMonthOf } from '../../../../shared-kernel/year-month';
import { Actor } from '../../../../platform/auth/actor';
import { PeriodLock } from '../../../../platform/period-lock/period-lock';
import { written } from '../../../../platform/write/written';
import { SupervisionFacade } from '../../../organization/public/supervision.facade';
import { DailyActivity } from '../../domain/daily-activity';
import { activityView } from '../activity-view';
import { ActivityRepository } from '../ports/activity-repository';

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
    private readonly activities: ActivityRepository,
    private readonly supervision: SupervisionFacade,
    private readonly periodLock: PeriodLock,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actor, activityIds, review }: ReviewActivities) {
    const reviewerId = actor.employeeId;
    if (!reviewerId) throw DomainError.forbidden('Only supervisors review activities.', 'SUPERVISOR_REVIEWS');
    const ids = [...new Set(activityIds)];
    const activities = await this.activities.activitiesForUpdate(ids);
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
    await this.activities.update(activities);
    const action = review.decision === 'approve' ? 'ApproveActivity' : 'RejectActivity';
    const reason = review.decision === 'reject' ? review.reason : review.note;
    const views = activities.map(activityView);
    return written(views, {
      audit: activities.map((a, i) => ({ action, targetType: 'DailyActivity', targetId: a.id, reason, before: before.get(a.id), after: views[i] })),
      events: activities.flatMap((a) => a.pullEvents()),
    });
  }

  private async assertSupervises(reviewerId: Id, activities: DailyActivity[]): Promise<void> {
    const supervisors = await this.supervision.supervisorsOfPairs(activities.map((a) => ({ employeeId: a.employeeId, date: a.date })));
    const foreign = activities.find((a) => supervisors.get(`${a.employeeId}|${a.date}`)?.employeeId !== reviewerId);
    if (foreign) {
      throw DomainError.forbidden(`You were not the direct supervisor of the employee on ${foreign.date}, so you cannot review activity ${foreign.id}.`, 'NOT_SUPERVISOR_ON_DATE', {
        date: foreign.date,
        activityId: foreign.id,
      });
    }
  }
}

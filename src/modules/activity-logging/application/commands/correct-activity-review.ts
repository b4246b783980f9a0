import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { yearMonthOf } from '../../../../shared-kernel/year-month';
import { Actor } from '../../../../platform/auth/actor';
import { PeriodLock } from '../../../../platform/period-lock/period-lock';
import { written } from '../../../../platform/write/written';
import { activityView } from '../activity-view';
import { ActivityRepository } from '../ports/activity-repository';

export class CorrectActivityReview {
  constructor(
    readonly actor: Actor,
    readonly activityId: Id,
    readonly correction: { decision: 'approve' | 'reject'; approvedQuantity?: string | number | null; reason: string },
  ) {}
}

/**
 * HR changes a review afterwards, with a reason: the approved quantity, or the decision itself. The activity's
 * month may be closed (its statement then goes stale and is recomputed), but not closing. HR only: a
 * supervisor reviews through approve/reject while the month is open.
 */
@CommandHandler(CorrectActivityReview)
export class CorrectActivityReviewHandler implements ICommandHandler<CorrectActivityReview> {
  constructor(
    private readonly activities: ActivityRepository,
    private readonly periodLock: PeriodLock,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actor, activityId, correction }: CorrectActivityReview) {
    if (!actor.isHrAdmin) throw DomainError.forbidden('Only HR corrects a review afterwards.', 'HR_CORRECTS');
    const [activity] = await this.activities.activitiesForUpdate([activityId]);
    if (!activity) throw DomainError.notFound('Activity', activityId);
    await this.periodLock.assertCorrectable(actor, [yearMonthOf(activity.date)]);
    const before = activityView(activity);
    activity.correctReview({ ...correction, correctedBy: actor.userId, at: this.clock.now() });
    await this.activities.update([activity]);
    const after = activityView(activity);
    return written(after, {
      audit: [{ action: 'CorrectActivityReview', targetType: 'DailyActivity', targetId: activityId, reason: correction.reason.trim(), before, after }],
      events: activity.pullEvents(),
    });
  }
}

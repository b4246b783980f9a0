import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { yearMonthOf } from '../../../../shared-kernel/year-month';
import { Actor } from '../../../../platform/auth/actor';
import { PeriodLock } from '../../../../platform/period-lock/period-lock';
import { written } from '../../../../platform/write/written';
import { ActivityCorrection, ActivityEntry, DailyActivity } from '../../domain/daily-activity';
import { activityView } from '../activity-view';
import { EntryFactsLoader } from '../entry-facts';
import { ActivityRepository } from '../ports/activity-repository';
import { EvidenceStorage } from '../ports/evidence-storage.port';

export type ActivityRequest = Omit<ActivityEntry, 'evidence'> & { evidenceUrl?: string | null };

export const entryOf = (r: ActivityRequest): ActivityEntry => ({ ...r, evidence: r.evidenceUrl ? { kind: 'URL', url: r.evidenceUrl } : null });

export class LogActivity {
  constructor(
    readonly actor: Actor,
    readonly input: ActivityRequest,
  ) {}
}

/**
 * An employee logs their own activity; every rule of rules.md §3 is the aggregate's, fed with facts loaded
 * here. The facts that change rarely come before the day lock, so the lock is held only for the day's read
 * and the write.
 */
@CommandHandler(LogActivity)
export class LogActivityHandler implements ICommandHandler<LogActivity> {
  constructor(
    private readonly activities: ActivityRepository,
    private readonly facts: EntryFactsLoader,
    private readonly periodLock: PeriodLock,
  ) {}

  async execute({ actor, input }: LogActivity) {
    const employeeId = actor.employeeId;
    if (!employeeId) throw DomainError.forbidden('Only employees log activities.', 'EMPLOYEE_ACCOUNT_ONLY');
    const key = { employeeId, date: input.date };
    const facts = await this.facts.load([key], [input.catalogCode]);
    const sameDay = await this.activities.lockDaysAndRead([key]);
    const activity = DailyActivity.log(employeeId, entryOf(input), facts.contextFor(key, input.catalogCode, sameDay));
    await this.periodLock.assertOpen(yearMonthOf(activity.date));
    await this.activities.insert([activity]);
    return written(
      { id: activity.id, status: activity.status, claimedMinutes: activity.claimedMinutes },
      { audit: [{ action: 'LogActivity', targetType: 'DailyActivity', targetId: activity.id, after: activityView(activity) }], events: activity.pullEvents() },
    );
  }
}

export class CorrectActivity {
  constructor(
    readonly actor: Actor,
    readonly activityId: Id,
    readonly input: Omit<ActivityRequest, 'date'>,
  ) {}
}

/** The employee corrects a rejected activity, which submits it again, while its month is open. */
@CommandHandler(CorrectActivity)
export class CorrectActivityHandler implements ICommandHandler<CorrectActivity> {
  constructor(
    private readonly activities: ActivityRepository,
    private readonly facts: EntryFactsLoader,
    private readonly periodLock: PeriodLock,
    private readonly storage: EvidenceStorage,
  ) {}

  async execute({ actor, activityId, input }: CorrectActivity) {
    const [activity] = await this.activities.activitiesForUpdate([activityId]);
    if (!activity) throw DomainError.notFound('Activity', activityId);
    if (!actor.isEmployee(activity.employeeId)) throw DomainError.forbidden('Only the employee who logged an activity corrects it.', 'OWN_ACTIVITY_ONLY');
    const key = { employeeId: activity.employeeId, date: activity.date };
    const facts = await this.facts.load([key], [input.catalogCode]);
    const sameDay = await this.activities.lockDaysAndRead([key]);
    const before = activityView(activity);
    const previous = activity.snapshot().evidence;
    const correction: ActivityCorrection = entryOf({ ...input, date: activity.date });
    activity.correct(correction, facts.contextFor(key, input.catalogCode, sameDay));
    // A correction gives a link or nothing: an uploaded file it replaces is no longer named by any activity.
    if (previous?.kind === 'FILE') this.storage.discardOnCommit(previous.fileRef);
    await this.periodLock.assertOpen(yearMonthOf(activity.date));
    await this.activities.update([activity]);
    const after = activityView(activity);
    return written(after, { audit: [{ action: 'CorrectActivity', targetType: 'DailyActivity', targetId: activity.id, before, after }], events: activity.pullEvents() });
  }
}

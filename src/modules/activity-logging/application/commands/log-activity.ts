import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { yearMonthOf } from '../../../../shared-kernel/year-month';
import { Actor } from '../../../../platform/auth/actor';
import { AuditLog } from '../../../../platform/audit/audit-log';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { PeriodLock } from '../../../../platform/period-lock/period-lock';
import { ActivityCorrection, ActivityEntry, DailyActivity } from '../../domain/daily-activity';
import { ActivityRepository } from '../../infrastructure/persistence/activity.repository';
import { activityView } from '../activity-view';
import { EntryFactsLoader } from '../entry-facts';

export type ActivityRequest = Omit<ActivityEntry, 'evidence'> & { evidenceUrl?: string | null };

export const entryOf = (r: ActivityRequest): ActivityEntry => ({ ...r, evidence: r.evidenceUrl ? { kind: 'URL', url: r.evidenceUrl } : null });

export class LogActivity {
  constructor(
    readonly actor: Actor,
    readonly input: ActivityRequest,
  ) {}
}

/** An employee logs their own activity; every rule of rules.md §3 is the aggregate's, fed with facts loaded here. */
@CommandHandler(LogActivity)
export class LogActivityHandler implements ICommandHandler<LogActivity> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: ActivityRepository,
    private readonly facts: EntryFactsLoader,
    private readonly periodLock: PeriodLock,
    private readonly audit: AuditLog,
  ) {}

  async execute({ actor, input }: LogActivity) {
    const employeeId = actor.employeeId;
    if (!employeeId) throw DomainError.forbidden('Only employees log activities.');
    return this.uow.run(async () => {
      const key = { employeeId, date: input.date };
      await this.repo.lockDays([key]);
      const facts = await this.facts.load([key], [input.catalogCode]);
      const sameDay = await this.repo.activitiesOfDays([key]);
      const { activity } = DailyActivity.log(employeeId, entryOf(input), facts.contextFor(key, input.catalogCode, sameDay));
      await this.periodLock.assertOpen(yearMonthOf(activity.date));
      await this.repo.insert([activity]);
      await this.audit.record({ action: 'LogActivity', targetType: 'DailyActivity', targetId: activity.id, after: activityView(activity) });
      return { id: activity.id, status: activity.status, claimedMinutes: activity.claimedMinutes };
    });
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
    private readonly uow: UnitOfWork,
    private readonly repo: ActivityRepository,
    private readonly facts: EntryFactsLoader,
    private readonly periodLock: PeriodLock,
    private readonly audit: AuditLog,
  ) {}

  async execute({ actor, activityId, input }: CorrectActivity) {
    return this.uow.run(async () => {
      const activity = await this.repo.activity(activityId, true);
      if (!activity) throw DomainError.notFound('Activity', activityId);
      if (!actor.isEmployee(activity.employeeId)) throw DomainError.forbidden('Only the employee who logged an activity corrects it.');
      const key = { employeeId: activity.employeeId, date: activity.date };
      await this.repo.lockDays([key]);
      const facts = await this.facts.load([key], [input.catalogCode]);
      const sameDay = await this.repo.activitiesOfDays([key]);
      const before = activityView(activity);
      const correction: ActivityCorrection = entryOf({ ...input, date: activity.date });
      activity.correct(correction, facts.contextFor(key, input.catalogCode, sameDay));
      await this.periodLock.assertOpen(yearMonthOf(activity.date));
      await this.repo.update([activity]);
      const after = activityView(activity);
      await this.audit.record({ action: 'CorrectActivity', targetType: 'DailyActivity', targetId: activity.id, before, after });
      return after;
    });
  }
}

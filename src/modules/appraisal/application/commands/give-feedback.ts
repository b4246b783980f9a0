import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id, newId } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { AuditLog } from '../../../../platform/audit/audit-log';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { SupervisionFacade } from '../../../organization/public/supervision.facade';
import { ContinuousFeedback, FeedbackSubject } from '../../domain/continuous-feedback';
import { AppraisalRepository, FeedbackRecord } from '../../infrastructure/persistence/appraisal.repository';
import { AppraisalContext } from '../appraisal-context';
import { callerOf } from './rate-employee';

export class GiveFeedback {
  constructor(
    readonly actor: Actor,
    readonly employeeId: Id,
    readonly subject: FeedbackSubject,
    readonly note: string,
  ) {}
}

export function feedbackView(f: FeedbackRecord) {
  return { id: f.id, employeeId: f.employeeId, subject: f.subject, authorId: f.authorId, givenOn: f.givenOn, note: f.note };
}

/** Feedback comes from whoever supervises the employee on the day it is given, acting appointments included. */
@CommandHandler(GiveFeedback)
export class GiveFeedbackHandler implements ICommandHandler<GiveFeedback> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: AppraisalRepository,
    private readonly context: AppraisalContext,
    private readonly supervision: SupervisionFacade,
    private readonly audit: AuditLog,
  ) {}

  async execute({ actor, employeeId, subject, note }: GiveFeedback) {
    const caller = callerOf(actor);
    return this.uow.run(async () => {
      await this.context.assertEmployeeExists(employeeId);
      const givenOn = await this.context.todayFor(employeeId);
      if ((await this.supervision.supervisorOn(employeeId, givenOn))?.employeeId !== caller) {
        throw DomainError.forbidden("Only the employee's supervisor of the day may give them feedback.");
      }
      const feedback = ContinuousFeedback.give({ employeeId, subject, authorId: caller, givenOn, note });
      const record: FeedbackRecord = { id: newId(), ...feedback, subject: feedback.subject };
      await this.repo.insertFeedback(record);
      await this.audit.record({ action: 'GiveFeedback', targetType: 'Feedback', targetId: record.id, after: feedbackView(record) });
      return feedbackView(record);
    });
  }
}

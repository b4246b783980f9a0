import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id, newId } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { written } from '../../../../platform/write/written';
import { SupervisionFacade } from '../../../organization/public/supervision.facade';
import { ContinuousFeedback, FeedbackSubject } from '../../domain/continuous-feedback';
import { AppraisalContext } from '../appraisal-context';
import { feedbackView } from '../appraisal-view';
import { FeedbackRecord, FeedbackRepository } from '../ports/feedback.repository';
import { callerOf } from './appraisal-command-handler';

export class GiveFeedback {
  constructor(
    readonly actor: Actor,
    readonly employeeId: Id,
    readonly subject: FeedbackSubject,
    readonly note: string,
  ) {}
}

/** Feedback comes from whoever supervises the employee on the day it is given, acting appointments included. */
@CommandHandler(GiveFeedback)
export class GiveFeedbackHandler implements ICommandHandler<GiveFeedback> {
  constructor(
    private readonly feedbackGiven: FeedbackRepository,
    private readonly context: AppraisalContext,
    private readonly supervision: SupervisionFacade,
  ) {}

  async execute({ actor, employeeId, subject, note }: GiveFeedback) {
    const caller = callerOf(actor);
    await this.context.assertEmployeeExists(employeeId);
    const givenOn = await this.context.todayFor(employeeId);
    if ((await this.supervision.supervisorOn(employeeId, givenOn))?.employeeId !== caller) {
      throw DomainError.forbidden("Only the employee's supervisor of the day may give them feedback.", 'SUPERVISOR_GIVES_FEEDBACK');
    }
    const feedback = ContinuousFeedback.give({ employeeId, subject, authorId: caller, givenOn, note });
    const record: FeedbackRecord = { id: newId(), ...feedback, subject: feedback.subject };
    await this.feedbackGiven.add(record);
    const view = feedbackView(record);
    return written(view, { audit: [{ action: 'GiveFeedback', targetType: 'Feedback', targetId: record.id, after: view }] });
  }
}

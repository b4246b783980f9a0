import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { Appraisal } from '../../domain/appraisal';
import { RatingPeriod } from '../../domain/rating-period';
import { AppraisalRepository } from '../../infrastructure/persistence/appraisal.repository';
import { AppraisalContext } from '../appraisal-context';
import { AppraisalPublisher } from '../appraisal-publisher';
import { callerOf } from './rate-employee';

export class SubmitSelfAssessment {
  constructor(
    readonly actor: Actor,
    readonly employeeId: Id,
    readonly period: string,
    readonly text: string,
  ) {}
}

export class AcknowledgeRating {
  constructor(
    readonly actor: Actor,
    readonly appraisalId: Id,
  ) {}
}

export class FileObjection {
  constructor(
    readonly actor: Actor,
    readonly appraisalId: Id,
    readonly reason: string,
  ) {}
}

@CommandHandler(SubmitSelfAssessment)
export class SubmitSelfAssessmentHandler implements ICommandHandler<SubmitSelfAssessment> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: AppraisalRepository,
    private readonly context: AppraisalContext,
    private readonly publisher: AppraisalPublisher,
  ) {}

  async execute({ actor, employeeId, period: text, text: selfAssessment }: SubmitSelfAssessment) {
    const caller = callerOf(actor);
    const period = RatingPeriod.parse(text, this.context.policy);
    return this.uow.run(async () => {
      await this.context.assertEmployeeExists(employeeId);
      const appraisal = await this.repo.openForUpdate(employeeId, period);
      const before = Appraisal.restore(appraisal.toState());
      appraisal.submitSelfAssessment({ caller, text: selfAssessment, submittedOn: await this.context.todayFor(employeeId) });
      await this.repo.save(appraisal);
      await this.publisher.recorded('SubmitSelfAssessment', appraisal, before);
      return { id: appraisal.id, selfAssessment: appraisal.selfAssessment };
    });
  }
}

/** Loads an appraisal locked for the command, as the aggregate's own rules decide who may act on it. */
async function lockedAppraisal(repo: AppraisalRepository, id: Id): Promise<{ appraisal: Appraisal; before: Appraisal }> {
  const appraisal = await repo.byId(id, { forUpdate: true });
  if (!appraisal) throw DomainError.notFound('Appraisal', id);
  return { appraisal, before: Appraisal.restore(appraisal.toState()) };
}

@CommandHandler(AcknowledgeRating)
export class AcknowledgeRatingHandler implements ICommandHandler<AcknowledgeRating> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: AppraisalRepository,
    private readonly context: AppraisalContext,
    private readonly publisher: AppraisalPublisher,
  ) {}

  async execute({ actor, appraisalId }: AcknowledgeRating) {
    const caller = callerOf(actor);
    return this.uow.run(async () => {
      const { appraisal, before } = await lockedAppraisal(this.repo, appraisalId);
      appraisal.acknowledge({ caller, acknowledgedOn: await this.context.todayFor(appraisal.employeeId) });
      await this.repo.save(appraisal);
      await this.publisher.recorded('AcknowledgeRating', appraisal, before);
      return { id: appraisal.id, version: appraisal.current!.number, acknowledged: true };
    });
  }
}

@CommandHandler(FileObjection)
export class FileObjectionHandler implements ICommandHandler<FileObjection> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: AppraisalRepository,
    private readonly context: AppraisalContext,
    private readonly publisher: AppraisalPublisher,
  ) {}

  async execute({ actor, appraisalId, reason }: FileObjection) {
    const caller = callerOf(actor);
    return this.uow.run(async () => {
      const { appraisal, before } = await lockedAppraisal(this.repo, appraisalId);
      appraisal.fileObjection({ caller, reason, filedOn: await this.context.todayFor(appraisal.employeeId), policy: this.context.policy });
      await this.repo.save(appraisal);
      await this.publisher.recorded('FileObjection', appraisal, before, reason);
      const objection = appraisal.openObjection!;
      return { appraisalId: appraisal.id, number: objection.number, againstVersion: objection.againstVersion, filedOn: objection.filedOn };
    });
  }
}

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Id } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { RatingPeriod } from '../../domain/rating-period';
import { AppraisalCommandHandler, callerOf } from './appraisal-command-handler';

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
export class SubmitSelfAssessmentHandler extends AppraisalCommandHandler implements ICommandHandler<SubmitSelfAssessment> {
  async execute({ actor, employeeId, period: text, text: selfAssessment }: SubmitSelfAssessment) {
    const caller = callerOf(actor);
    const period = RatingPeriod.parse(text, this.context.policy);
    await this.context.assertEmployeeExists(employeeId);
    const appraisal = await this.appraisals.openForUpdate(employeeId, period);
    const submittedOn = await this.context.todayFor(employeeId);
    return this.change(
      'SubmitSelfAssessment',
      appraisal,
      () => appraisal.submitSelfAssessment({ caller, text: selfAssessment, submittedOn }),
      () => ({ id: appraisal.id, selfAssessment: appraisal.selfAssessment }),
    );
  }
}

@CommandHandler(AcknowledgeRating)
export class AcknowledgeRatingHandler extends AppraisalCommandHandler implements ICommandHandler<AcknowledgeRating> {
  async execute({ actor, appraisalId }: AcknowledgeRating) {
    const caller = callerOf(actor);
    const appraisal = await this.appraisals.lockedById(appraisalId);
    const acknowledgedOn = await this.context.todayFor(appraisal.employeeId);
    return this.change(
      'AcknowledgeRating',
      appraisal,
      () => appraisal.acknowledge({ caller, acknowledgedOn }),
      () => ({ id: appraisal.id, version: appraisal.current!.number, acknowledged: true }),
    );
  }
}

@CommandHandler(FileObjection)
export class FileObjectionHandler extends AppraisalCommandHandler implements ICommandHandler<FileObjection> {
  async execute({ actor, appraisalId, reason }: FileObjection) {
    const caller = callerOf(actor);
    const appraisal = await this.appraisals.lockedById(appraisalId);
    const filedOn = await this.context.todayFor(appraisal.employeeId);
    return this.change(
      'FileObjection',
      appraisal,
      () => appraisal.fileObjection({ caller, reason, filedOn, policy: this.context.policy }),
      () => {
        const objection = appraisal.openObjection!;
        return { appraisalId: appraisal.id, number: objection.number, againstVersion: objection.againstVersion, filedOn: objection.filedOn };
      },
      reason,
    );
  }
}

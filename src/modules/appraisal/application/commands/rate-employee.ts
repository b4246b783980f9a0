import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { Ratings } from '../../domain/appraisal';
import { BehaviourAssessment, BehaviourValueAssessmentInput } from '../../domain/behaviour-assessment';
import { Rating } from '../../domain/rating';
import { RatingPeriod } from '../../domain/rating-period';
import { AppraisalCommandHandler, callerOf } from './appraisal-command-handler';

export interface RatingsInput {
  resultRating: Rating;
  behaviourRating: Rating;
  behaviours?: BehaviourValueAssessmentInput[];
  feedback?: string | null;
}

export function ratingsOf(input: RatingsInput): Ratings {
  return {
    resultRating: input.resultRating,
    behaviourRating: input.behaviourRating,
    behaviours: BehaviourAssessment.of(input.behaviours ?? []),
    feedback: input.feedback ?? null,
  };
}

export class RateEmployee {
  constructor(
    readonly actor: Actor,
    readonly input: RatingsInput & { employeeId: Id; period: string },
  ) {}
}

export class ReviseRating {
  constructor(
    readonly actor: Actor,
    readonly appraisalId: Id,
    readonly input: RatingsInput & { reason: string },
  ) {}
}

/** HR sets a rating right afterwards (api: POST /appraisals/{id}/corrections), possibly of a closed month. */
export class CorrectRating {
  constructor(
    readonly actor: Actor,
    readonly appraisalId: Id,
    readonly input: RatingsInput & { reason: string },
  ) {}
}

@CommandHandler(RateEmployee)
export class RateEmployeeHandler extends AppraisalCommandHandler implements ICommandHandler<RateEmployee> {
  async execute({ actor, input }: RateEmployee) {
    const caller = callerOf(actor);
    const period = RatingPeriod.parse(input.period, this.context.policy);
    const ratings = ratingsOf(input);
    await this.context.assertEmployeeExists(input.employeeId);
    await this.context.assertMonthsOpen(period);
    const appraisal = await this.appraisals.openForUpdate(input.employeeId, period);
    const command = {
      ...ratings,
      caller,
      appraiserOnPeriodEnd: await this.context.appraiserOn(input.employeeId, period),
      unitHeadship: await this.context.unitHeadship(input.employeeId, period),
      ratedOn: await this.context.todayFor(input.employeeId),
    };
    return this.change(
      'RateEmployee',
      appraisal,
      () => appraisal.rate(command),
      () => ({ id: appraisal.id, predikat: appraisal.predikat! }),
    );
  }
}

@CommandHandler(ReviseRating)
export class ReviseRatingHandler extends AppraisalCommandHandler implements ICommandHandler<ReviseRating> {
  async execute({ actor, appraisalId, input }: ReviseRating) {
    const caller = callerOf(actor);
    const ratings = ratingsOf(input);
    const appraisal = await this.appraisals.lockedById(appraisalId);
    await this.context.assertMonthsOpen(appraisal.period);
    const command = {
      ...ratings,
      reason: input.reason,
      caller,
      appraiserOnPeriodEnd: await this.context.appraiserOn(appraisal.employeeId, appraisal.period),
      unitHeadship: await this.context.unitHeadship(appraisal.employeeId, appraisal.period),
      ratedOn: await this.context.todayFor(appraisal.employeeId),
    };
    return this.change(
      'ReviseRating',
      appraisal,
      () => appraisal.revise(command),
      () => ({ id: appraisal.id, version: appraisal.current!.number, predikat: appraisal.predikat! }),
      input.reason,
    );
  }
}

@CommandHandler(CorrectRating)
export class CorrectRatingHandler extends AppraisalCommandHandler implements ICommandHandler<CorrectRating> {
  async execute({ actor, appraisalId, input }: CorrectRating) {
    if (!actor.isHrAdmin) throw DomainError.forbidden('Only HR corrects a rating afterwards.', 'HR_CORRECTS');
    const ratings = ratingsOf(input);
    const appraisal = await this.appraisals.lockedById(appraisalId);
    await this.context.assertMonthsCorrectable(actor, appraisal.period);
    const objection = appraisal.openObjection;
    const contestedBy = objection ? appraisal.versions[objection.againstVersion - 1].ratedBy.employeeId : null;
    const command = {
      ...ratings,
      reason: input.reason,
      correctedOn: await this.context.todayFor(appraisal.employeeId),
      unitHeadship: await this.context.unitHeadship(appraisal.employeeId, appraisal.period),
      objectionDecidedBy: contestedBy ? await this.context.superiorOf(contestedBy, appraisal.period) : null,
    };
    return this.change(
      'CorrectRating',
      appraisal,
      () => appraisal.correct(command),
      () => ({ id: appraisal.id, version: appraisal.current!.number, predikat: appraisal.predikat! }),
      input.reason,
    );
  }
}

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { Appraisal, Ratings } from '../../domain/appraisal';
import { BehaviourAssessment, BehaviourValueAssessmentInput } from '../../domain/behaviour-assessment';
import { Rating } from '../../domain/rating';
import { RatingPeriod } from '../../domain/rating-period';
import { AppraisalRepository } from '../../infrastructure/persistence/appraisal.repository';
import { AppraisalContext } from '../appraisal-context';
import { AppraisalPublisher } from '../appraisal-publisher';

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

/** Ratings are given by a person in their own name, never by a technical or purely administrative account. */
export function callerOf(actor: Actor): Id {
  if (actor.employeeId === null) throw DomainError.forbidden('Only an employee account can act as appraiser, appraisee or superior.');
  return actor.employeeId;
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

@CommandHandler(RateEmployee)
export class RateEmployeeHandler implements ICommandHandler<RateEmployee> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: AppraisalRepository,
    private readonly context: AppraisalContext,
    private readonly publisher: AppraisalPublisher,
  ) {}

  async execute({ actor, input }: RateEmployee) {
    const caller = callerOf(actor);
    const period = RatingPeriod.parse(input.period, this.context.policy);
    const ratings = ratingsOf(input);
    return this.uow.run(async () => {
      await this.context.assertEmployeeExists(input.employeeId);
      await this.context.assertMonthsOpen(period);
      const appraisal = await this.repo.openForUpdate(input.employeeId, period);
      const before = Appraisal.restore(appraisal.toState());
      appraisal.rate({
        ...ratings,
        caller,
        appraiserOnPeriodEnd: await this.context.appraiserOn(input.employeeId, period),
        unitHeadship: await this.context.unitHeadship(input.employeeId, period),
        ratedOn: await this.context.todayFor(input.employeeId),
      });
      await this.repo.save(appraisal);
      await this.publisher.recorded('RateEmployee', appraisal, before);
      return { id: appraisal.id, predikat: appraisal.predikat! };
    });
  }
}

@CommandHandler(ReviseRating)
export class ReviseRatingHandler implements ICommandHandler<ReviseRating> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: AppraisalRepository,
    private readonly context: AppraisalContext,
    private readonly publisher: AppraisalPublisher,
  ) {}

  async execute({ actor, appraisalId, input }: ReviseRating) {
    const caller = callerOf(actor);
    const ratings = ratingsOf(input);
    return this.uow.run(async () => {
      const appraisal = await this.repo.byId(appraisalId, { forUpdate: true });
      if (!appraisal) throw DomainError.notFound('Appraisal', appraisalId);
      const before = Appraisal.restore(appraisal.toState());
      await this.context.assertMonthsOpen(appraisal.period);
      appraisal.revise({
        ...ratings,
        reason: input.reason,
        caller,
        appraiserOnPeriodEnd: await this.context.appraiserOn(appraisal.employeeId, appraisal.period),
        unitHeadship: await this.context.unitHeadship(appraisal.employeeId, appraisal.period),
        ratedOn: await this.context.todayFor(appraisal.employeeId),
      });
      await this.repo.save(appraisal);
      await this.publisher.recorded('ReviseRating', appraisal, before, input.reason);
      return { id: appraisal.id, version: appraisal.current!.number, predikat: appraisal.predikat! };
    });
  }
}

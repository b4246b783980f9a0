import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { Appraisal } from '../../domain/appraisal';
import { AppraisalRepository } from '../../infrastructure/persistence/appraisal.repository';
import { AppraisalContext } from '../appraisal-context';
import { AppraisalPublisher } from '../appraisal-publisher';
import { callerOf, ratingsOf, RatingsInput } from './rate-employee';

export type ObjectionDecisionInput = { reason: string } & ({ outcome: 'UPHOLD' } | ({ outcome: 'CHANGE' } & RatingsInput));

export class DecideObjection {
  constructor(
    readonly actor: Actor,
    readonly appraisalId: Id,
    readonly input: ObjectionDecisionInput,
  ) {}
}

@CommandHandler(DecideObjection)
export class DecideObjectionHandler implements ICommandHandler<DecideObjection> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: AppraisalRepository,
    private readonly context: AppraisalContext,
    private readonly publisher: AppraisalPublisher,
  ) {}

  async execute({ actor, appraisalId, input }: DecideObjection) {
    const caller = callerOf(actor);
    return this.uow.run(async () => {
      const appraisal = await this.repo.byId(appraisalId, { forUpdate: true });
      if (!appraisal) throw DomainError.notFound('Appraisal', appraisalId);
      const before = Appraisal.restore(appraisal.toState());
      const objection = appraisal.openObjection;
      const contestedBy = objection ? appraisal.versions[objection.againstVersion - 1].ratedBy.employeeId : null;
      const common = {
        caller,
        reason: input.reason,
        decidedOn: await this.context.todayFor(appraisal.employeeId),
        appraisersSuperior: contestedBy ? await this.context.superiorOf(contestedBy, appraisal.period) : null,
      };
      if (input.outcome === 'CHANGE') {
        await this.context.assertMonthsOpen(appraisal.period);
        appraisal.decideObjection({
          ...common,
          ...ratingsOf(input),
          outcome: 'CHANGE',
          unitHeadship: await this.context.unitHeadship(appraisal.employeeId, appraisal.period),
        });
      } else {
        appraisal.decideObjection({ ...common, outcome: 'UPHOLD' });
      }
      await this.repo.save(appraisal);
      await this.publisher.recorded('DecideObjection', appraisal, before, input.reason);
      const decided = appraisal.objections.find((o) => o.number === objection!.number)!;
      return { appraisalId: appraisal.id, objection: decided, predikat: appraisal.predikat };
    });
  }
}

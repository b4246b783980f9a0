import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Id } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { ObjectionDecisionCommand } from '../../domain/appraisal';
import { AppraisalCommandHandler, callerOf } from './appraisal-command-handler';
import { ratingsOf, RatingsInput } from './rate-employee';

export type ObjectionDecisionInput = { reason: string } & ({ outcome: 'UPHOLD' } | ({ outcome: 'CHANGE' } & RatingsInput));

export class DecideObjection {
  constructor(
    readonly actor: Actor,
    readonly appraisalId: Id,
    readonly input: ObjectionDecisionInput,
  ) {}
}

@CommandHandler(DecideObjection)
export class DecideObjectionHandler extends AppraisalCommandHandler implements ICommandHandler<DecideObjection> {
  async execute({ actor, appraisalId, input }: DecideObjection) {
    const caller = callerOf(actor);
    const appraisal = await this.appraisals.lockedById(appraisalId);
    const objection = appraisal.openObjection;
    const contestedBy = objection ? appraisal.versions[objection.againstVersion - 1].ratedBy.employeeId : null;
    const common = {
      caller,
      reason: input.reason,
      decidedOn: await this.context.todayFor(appraisal.employeeId),
      appraisersSuperior: contestedBy ? await this.context.superiorOf(contestedBy, appraisal.period) : null,
    };
    let command: ObjectionDecisionCommand = { ...common, outcome: 'UPHOLD' };
    if (input.outcome === 'CHANGE') {
      // A changed rating sets the allowance of its months again, so they must still be open.
      await this.context.assertMonthsOpen(appraisal.period);
      command = {
        ...common,
        ...ratingsOf(input),
        outcome: 'CHANGE',
        unitHeadship: await this.context.unitHeadship(appraisal.employeeId, appraisal.period),
      };
    }
    return this.change(
      'DecideObjection',
      appraisal,
      () => appraisal.decideObjection(command),
      () => ({ appraisalId: appraisal.id, objection: appraisal.objections.find((o) => o.number === objection!.number)!, predikat: appraisal.predikat }),
      input.reason,
    );
  }
}

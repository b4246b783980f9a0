import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Actor } from '../../../../platform/auth/actor';
import { written } from '../../../../platform/write/written';
import { PositionRegrades } from '../position-regrades';

/** A regrade (kelas change) effective from a date; the days before it keep their kelas. */
export class RegradePosition {
  constructor(
    readonly actor: Actor,
    readonly positionId: string,
    readonly input: { kelas: number; effectiveDate: string; reason: string | null },
  ) {}
}

@CommandHandler(RegradePosition)
export class RegradePositionHandler implements ICommandHandler<RegradePosition> {
  constructor(private readonly regrades: PositionRegrades) {}

  async execute({ actor, positionId, input }: RegradePosition) {
    const kelas = await this.regrades.regrade(actor, positionId, input);
    const view = { positionId, history: kelas.changes };
    return written(view, {
      audit: [{ action: 'RegradePosition', targetType: 'Position', targetId: positionId, reason: input.reason, after: view }],
      events: kelas.pullEvents(),
    });
  }
}

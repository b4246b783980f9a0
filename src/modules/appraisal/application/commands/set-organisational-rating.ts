import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { written } from '../../../../platform/write/written';
import { UnitTreeFacade } from '../../../organization/public/unit-tree.facade';
import { OrganisationalRating } from '../../domain/organisational-rating';
import { OrganisationalRatingRepository } from '../ports/organisational-rating.repository';

export class SetOrganisationalRating {
  constructor(
    readonly actor: Actor,
    readonly unitId: Id,
    readonly year: number,
    readonly rating: string,
  ) {}
}

/**
 * HR records the unit's organisational rating for a year. Setting it again replaces it (the audit log keeps
 * the earlier one); ratings already given are not touched, and the sheet's warnings follow the new level.
 * No pay follows from it until a unit head is rated, so it announces nothing outside the module.
 */
@CommandHandler(SetOrganisationalRating)
export class SetOrganisationalRatingHandler implements ICommandHandler<SetOrganisationalRating> {
  constructor(
    private readonly organisationalRatings: OrganisationalRatingRepository,
    private readonly unitTree: UnitTreeFacade,
  ) {}

  async execute({ actor, unitId, year, rating }: SetOrganisationalRating) {
    if (!actor.isHrAdmin) throw DomainError.forbidden('Only HR administrators set organisational ratings.', 'HR_ONLY_ORGANISATIONAL_RATINGS');
    const orgRating = OrganisationalRating.of({ unitId, year, level: rating });
    if (!(await this.unitTree.unitExists(unitId))) throw DomainError.notFound('Unit', unitId);
    const before = await this.organisationalRatings.levelOf(unitId, year);
    await this.organisationalRatings.save(orgRating);
    const view = { unitId, year, rating: orgRating.level };
    return written(view, {
      audit: [
        {
          action: 'SetOrganisationalRating',
          targetType: 'OrganisationalRating',
          targetId: `${unitId}/${year}`,
          before: before === null ? undefined : { unitId, year, rating: before },
          after: view,
        },
      ],
    });
  }
}

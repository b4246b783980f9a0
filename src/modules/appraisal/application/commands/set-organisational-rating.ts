import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { AuditLog } from '../../../../platform/audit/audit-log';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { UnitTreeFacade } from '../../../organization/public/unit-tree.facade';
import { OrganisationalRating } from '../../domain/organisational-rating';
import { AppraisalRepository } from '../../infrastructure/persistence/appraisal.repository';

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
 */
@CommandHandler(SetOrganisationalRating)
export class SetOrganisationalRatingHandler implements ICommandHandler<SetOrganisationalRating> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: AppraisalRepository,
    private readonly unitTree: UnitTreeFacade,
    private readonly audit: AuditLog,
  ) {}

  async execute({ actor, unitId, year, rating }: SetOrganisationalRating) {
    if (!actor.isHrAdmin) throw DomainError.forbidden('Only HR administrators set organisational ratings.');
    const orgRating = OrganisationalRating.of({ unitId, year, level: rating });
    return this.uow.run(async () => {
      if (!(await this.unitTree.unitExists(unitId))) throw DomainError.notFound('Unit', unitId);
      const before = await this.repo.organisationalRating(unitId, year);
      await this.repo.setOrganisationalRating(unitId, year, orgRating.level);
      const view = { unitId, year, rating: orgRating.level };
      await this.audit.record({
        action: 'SetOrganisationalRating',
        targetType: 'OrganisationalRating',
        targetId: `${unitId}/${year}`,
        before: before === null ? undefined : { unitId, year, rating: before },
        after: view,
      });
      return view;
    });
  }
}

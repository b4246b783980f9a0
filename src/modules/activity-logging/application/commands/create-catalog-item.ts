import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Actor } from '../../../../platform/auth/actor';
import { AuditLog } from '../../../../platform/audit/audit-log';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { AccessPolicy } from '../../../organization/public/access-policy';
import { UnitTreeFacade } from '../../../organization/public/unit-tree.facade';
import { ActivityCatalogItem, ActivityCatalogItemInput } from '../../domain/activity-catalog-item';
import { ActivityRepository } from '../../infrastructure/persistence/activity.repository';

export class CreateCatalogItem {
  constructor(
    readonly actor: Actor,
    readonly input: Omit<ActivityCatalogItemInput, 'id'>,
  ) {}
}

export const catalogItemView = (i: ActivityCatalogItem) => ({ id: i.id, code: i.code, name: i.name, outputUnit: i.outputUnit, minutesPerUnit: i.minutesPerUnit, unitId: i.unitId });

/** HR keeps the global catalogue; a unit admin adds items for their units, inherited by sub-units. */
@CommandHandler(CreateCatalogItem)
export class CreateCatalogItemHandler implements ICommandHandler<CreateCatalogItem> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: ActivityRepository,
    private readonly access: AccessPolicy,
    private readonly unitTree: UnitTreeFacade,
    private readonly audit: AuditLog,
  ) {}

  async execute({ actor, input }: CreateCatalogItem) {
    const item = ActivityCatalogItem.create(input);
    return this.uow.run(async () => {
      if (item.unitId === null) {
        if (!actor.isHrAdmin) throw DomainError.forbidden('Only HR administrators add to the global catalogue; give unitId for a unit item.');
      } else {
        if (!(await this.unitTree.unitExists(item.unitId))) throw DomainError.validation('unitId', 'UNIT_NOT_FOUND', `unitId ${item.unitId} is not a unit.`);
        await this.access.assertCanAdministerUnit(actor, item.unitId);
      }
      const clash = await this.repo.catalog(item.unitId === null ? [] : [item.unitId], { codes: [item.code] });
      if (clash.some((c) => c.unitId === item.unitId)) {
        throw DomainError.conflict('CATALOG_ITEM_EXISTS', `The catalogue already has an item ${item.code} here.`, 'code');
      }
      await this.repo.insertCatalogItem(item);
      await this.audit.record({ action: 'CreateCatalogItem', targetType: 'ActivityCatalogItem', targetId: item.id, after: catalogItemView(item) });
      return catalogItemView(item);
    });
  }
}

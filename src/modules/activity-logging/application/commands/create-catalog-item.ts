import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Actor } from '../../../../platform/auth/actor';
import { written } from '../../../../platform/write/written';
import { AccessPolicy } from '../../../organization/public/access-policy';
import { UnitTreeFacade } from '../../../organization/public/unit-tree.facade';
import { ActivityCatalogItem, ActivityCatalogItemInput } from '../../domain/activity-catalog-item';
import { ActivityCatalog } from '../ports/activity-catalog';

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
    private readonly catalog: ActivityCatalog,
    private readonly access: AccessPolicy,
    private readonly unitTree: UnitTreeFacade,
  ) {}

  async execute({ actor, input }: CreateCatalogItem) {
    const item = ActivityCatalogItem.add(input);
    if (item.unitId === null) {
      if (!actor.isHrAdmin) throw DomainError.forbidden('Only HR administrators add to the global catalogue; give unitId for a unit item.', 'HR_ONLY_GLOBAL_CATALOGUE');
    } else {
      if (!(await this.unitTree.unitExists(item.unitId))) throw DomainError.validation('unitId', 'UNIT_NOT_FOUND', `unitId ${item.unitId} is not a unit.`);
      await this.access.assertCanAdministerUnit(actor, item.unitId);
    }
    const clash = await this.catalog.items(item.unitId === null ? [] : [item.unitId], { codes: [item.code] });
    if (clash.some((c) => c.unitId === item.unitId)) {
      throw DomainError.conflict('CATALOG_ITEM_EXISTS', `The catalogue already has an item ${item.code} here.`, 'code', { code: item.code });
    }
    // A unit item under a global code would change, for that unit only, what the code claims in minutes.
    if (clash.some((c) => c.unitId === null)) {
      throw DomainError.conflict('CATALOG_CODE_IS_GLOBAL', `${item.code} is a code of the global catalogue: give the unit item a code of its own.`, 'code');
    }
    await this.catalog.add(item);
    const view = catalogItemView(item);
    return written(view, { audit: [{ action: 'CreateCatalogItem', targetType: 'ActivityCatalogItem', targetId: item.id, after: view }], events: item.pullEvents() });
  }
}

import { Id } from '../../../../shared-kernel/ids';
import { ActivityCatalogItem } from '../../domain/activity-catalog-item';

/** The activity catalogue: HR's global items and the units' own. */
export abstract class ActivityCatalog {
  abstract add(item: ActivityCatalogItem): Promise<void>;

  abstract item(id: Id): Promise<ActivityCatalogItem | null>;

  /** The items of the global catalogue and of the given units (null: every item), ordered by id. */
  abstract items(unitIds: readonly Id[] | null, filter?: { codes?: readonly string[]; after?: string; limit?: number }): Promise<ActivityCatalogItem[]>;
}

import { AggregateRoot } from '../../../shared-kernel/domain-event';
import { DomainError } from '../../../shared-kernel/domain-error';
import { Id, newId } from '../../../shared-kernel/ids';

export interface ActivityCatalogItemInput {
  id?: Id;
  code: string;
  name: string;
  outputUnit: string;
  minutesPerUnit: number;
  /** The unit that added the item for itself and its sub-units; null for HR's global catalogue. */
  unitId?: Id | null;
}

/** Entries resolve codes against the catalogue, so whoever caches it must hear of a new item. */
export interface ActivityCatalogItemAdded {
  type: 'ActivityCatalogItemAdded';
  itemId: Id;
  code: string;
  unitId: Id | null;
}

/** An item of the activity catalogue: one output unit of it is worth `minutesPerUnit` standard effective minutes. */
export class ActivityCatalogItem extends AggregateRoot<ActivityCatalogItemAdded> {
  private constructor(
    readonly id: Id,
    readonly code: string,
    readonly name: string,
    readonly outputUnit: string,
    readonly minutesPerUnit: number,
    readonly unitId: Id | null,
  ) {
    super();
  }

  /** A new item, added to the catalogue by HR or a unit admin. */
  static add(input: ActivityCatalogItemInput): ActivityCatalogItem {
    const item = ActivityCatalogItem.create(input);
    item.record({ type: 'ActivityCatalogItemAdded', itemId: item.id, code: item.code, unitId: item.unitId });
    return item;
  }

  static create(input: ActivityCatalogItemInput): ActivityCatalogItem {
    if (!Number.isSafeInteger(input.minutesPerUnit) || input.minutesPerUnit <= 0) {
      throw DomainError.validation('minutesPerUnit', 'INVALID_MINUTES_PER_UNIT', 'minutesPerUnit must be a positive whole number of minutes.');
    }
    return new ActivityCatalogItem(
      input.id ?? newId(),
      text(input.code, 'code', 50),
      text(input.name, 'name', 300),
      text(input.outputUnit, 'outputUnit', 50),
      input.minutesPerUnit,
      input.unitId ?? null,
    );
  }

  get isGlobal(): boolean {
    return this.unitId === null;
  }

  /** A unit's own items are inherited by its sub-units, like its holidays. */
  isAvailableIn(unitAndAncestorIds: readonly Id[]): boolean {
    return this.unitId === null || unitAndAncestorIds.includes(this.unitId);
  }
}

function text(value: unknown, field: string, maxLength: number): string {
  const t = typeof value === 'string' ? value.trim() : '';
  if (t === '') throw DomainError.validation(field, 'REQUIRED', `${field} is required.`);
  if (t.length > maxLength) throw DomainError.validation(field, 'TOO_LONG', `${field} may have at most ${maxLength} characters.`);
  return t;
}

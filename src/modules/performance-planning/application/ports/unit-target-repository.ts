import { Id } from '../../../../shared-kernel/ids';
import { UnitTarget } from '../../domain/unit-target';

export abstract class UnitTargetRepository {
  abstract add(target: UnitTarget): Promise<void>;

  abstract target(id: Id): Promise<UnitTarget | null>;

  /** Ordered by id, up to `limit + 1`. */
  abstract list(filter: { unitId?: Id; year?: number; after?: string; limit: number }): Promise<UnitTarget[]>;
}

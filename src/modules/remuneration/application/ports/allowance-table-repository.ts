import { LocalDate } from '../../../../shared-kernel/local-date';
import { EnactedAllowanceTable } from '../../domain/enacted-allowance-table';

export abstract class AllowanceTableRepository {
  abstract existsFrom(effectiveFrom: LocalDate): Promise<boolean>;

  abstract add(table: EnactedAllowanceTable): Promise<void>;
}

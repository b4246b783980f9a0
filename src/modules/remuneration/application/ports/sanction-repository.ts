import { YearMonth } from '../../../../shared-kernel/year-month';
import { ImposedSanction } from '../../domain/imposed-sanction';
import { SanctionSnapshot } from '../../domain/sanction';

export abstract class SanctionRepository {
  abstract add(sanction: ImposedSanction): Promise<void>;

  /** The sanctions of many employees that cover `month`, in one query. */
  abstract coveringMonth(employeeIds: string[], month: YearMonth): Promise<Map<string, SanctionSnapshot[]>>;
}

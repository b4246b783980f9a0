import { YearMonth } from '../../../../shared-kernel/year-month';

/**
 * How many disciplinary sanctions are in force for each employee in a month, shown beside a discipline alert.
 * Remuneration records sanctions but itself reads attendance, so attendance cannot import it: attendance
 * declares what it needs here and remuneration provides the answer.
 */
export abstract class SanctionsInForce {
  /** Employees without a sanction in force are absent from the map. */
  abstract countIn(employeeIds: string[], month: YearMonth): Promise<Map<string, number>>;
}

import { YearMonth } from '../../../../shared-kernel/year-month';
import { RegisterEntry } from '../../domain/allowance-register';
import { StatementDocument } from '../../domain/employee-statement';
import { AllowanceTableView } from '../../domain/enacted-allowance-table';
import { RemunerationPolicyView } from '../../domain/enacted-remuneration-policy';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { SanctionView } from '../../domain/imposed-sanction';
import { PeriodStatus } from '../../domain/period';

export interface PeriodView {
  month: YearMonth;
  status: PeriodStatus;
  closedAt: string | null;
  statementCount: number;
  /** Employees whose statement a later decision made stale: POST /periods/{month}/recompute issues their next version. */
  staleCount: number;
}

/** What the remuneration routes read, straight from its tables. */
export abstract class RemunerationReadModel {
  /** Null when nothing has touched the month yet (it is OPEN). */
  abstract period(month: YearMonth): Promise<PeriodView | null>;

  /** Every version, oldest first. */
  abstract statementVersions(employeeId: string, month: YearMonth): Promise<StatementDocument[]>;

  /** The latest version per employee, in employee id order after `afterEmployeeId`; `unitIds` null: every unit. */
  abstract latestStatements(month: YearMonth, unitIds: string[] | null, afterEmployeeId: string | null, limit: number): Promise<StatementDocument[]>;

  /** The latest version per employee as the register lists it (no inputs beyond kelas and status); `unitIds` null: every unit. */
  abstract registerEntries(month: YearMonth, unitIds: string[] | null): Promise<RegisterEntry[]>;

  abstract sanctionsOf(employeeId: string): Promise<SanctionView[]>;

  abstract sanction(id: string): Promise<SanctionView | null>;

  /** Every allowance table, oldest first. */
  abstract allowanceTables(): Promise<AllowanceTableView[]>;

  /** Every remuneration policy version, in the order they take effect. */
  abstract policyVersions(): Promise<RemunerationPolicyView[]>;

  /** The version in force on `date` (the latest that took effect on or before it); null before the first. */
  abstract policyInForce(date: LocalDate): Promise<RemunerationPolicyView | null>;
}

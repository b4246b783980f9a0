import { Period, PeriodStatus } from '../../domain/period';

export interface PeriodRow {
  month: string;
  status: PeriodStatus;
  closing_started_at: Date | null;
  closed_at: Date | null;
  policy_snapshot: unknown;
  progress_after: string | null;
  statement_count: number;
}

export const PERIOD_COLUMNS = 'month, status, closing_started_at, closed_at, policy_snapshot, progress_after, statement_count';

export function toPeriod(row: PeriodRow): Period {
  return Period.restore({
    month: row.month,
    status: row.status,
    closingStartedAt: row.closing_started_at,
    closedAt: row.closed_at,
    policySnapshot: row.policy_snapshot,
    progress: { after: row.progress_after, statementCount: row.statement_count },
  });
}

import { AggregateRoot } from '../../../shared-kernel/domain-event';
import { checkRule } from '../../../shared-kernel/business-rule';
import { YearMonth } from '../../../shared-kernel/year-month';
import { PeriodEvent } from './events/period-events';
import { MonthMustBeClosedToRecomputeRule } from './rules/month-must-be-closed-to-recompute.rule';
import { MonthMustBeOverBeforeItClosesRule } from './rules/month-must-be-over-before-it-closes.rule';

export const PERIOD_STATUSES = ['OPEN', 'CLOSING', 'CLOSED'] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

/** Where a close that is under way has got to: employees are computed in id order, a chunk at a time. */
export interface CloseProgress {
  /** The last employee id of the last committed chunk (null: none yet). */
  readonly after: string | null;
  readonly statementCount: number;
}

export interface PeriodState {
  month: YearMonth;
  status: PeriodStatus;
  closingStartedAt: Date | null;
  closedAt: Date | null;
  /** The remuneration policy the close computes with, fixed when the close begins. */
  policySnapshot: unknown;
  progress: CloseProgress;
}

/**
 * A month of pay: OPEN while its data may change, CLOSING once the close has begun (no write lands any
 * more), CLOSED when every statement is written. Closing again is harmless: it changes nothing.
 */
export class Period extends AggregateRoot<PeriodEvent> {
  private constructor(private state: PeriodState) {
    super();
  }

  static open(month: YearMonth): Period {
    return new Period({ month, status: 'OPEN', closingStartedAt: null, closedAt: null, policySnapshot: null, progress: { after: null, statementCount: 0 } });
  }

  static restore(state: PeriodState): Period {
    return new Period({ ...state });
  }

  get month(): YearMonth {
    return this.state.month;
  }

  get status(): PeriodStatus {
    return this.state.status;
  }

  get closedAt(): Date | null {
    return this.state.closedAt;
  }

  get policySnapshot(): unknown {
    return this.state.policySnapshot;
  }

  get progress(): CloseProgress {
    return this.state.progress;
  }

  snapshot(): PeriodState {
    return { ...this.state };
  }

  /**
   * Stops the month accepting changes and fixes the policy its statements use. `today` is the local date
   * in Asia/Jakarta: a month that has not ended cannot be closed, even early.
   */
  beginClose(policySnapshot: unknown, now: Date, today: string): boolean {
    if (this.state.status !== 'OPEN') return false;
    checkRule(new MonthMustBeOverBeforeItClosesRule(this.state.month, today));
    this.state = { ...this.state, status: 'CLOSING', closingStartedAt: now, policySnapshot };
    this.record({ type: 'PeriodCloseBegun', month: this.state.month, at: now.toISOString() });
    return true;
  }

  /** A chunk of statements committed: the close resumes after `lastEmployeeId` if it is interrupted. */
  advance(lastEmployeeId: string, statementsWritten: number): void {
    if (this.state.status !== 'CLOSING') throw new Error(`Period ${this.state.month} is ${this.state.status}, not CLOSING`);
    this.state = { ...this.state, progress: { after: lastEmployeeId, statementCount: this.state.progress.statementCount + statementsWritten } };
  }

  /** Statements are recomputed only after the close has written every version 1. */
  assertRecomputable(): void {
    checkRule(new MonthMustBeClosedToRecomputeRule(this.state.month, this.state.status));
  }

  completeClose(now: Date): boolean {
    if (this.state.status !== 'CLOSING') return false;
    this.state = { ...this.state, status: 'CLOSED', closedAt: now };
    this.record({ type: 'PeriodClosed', month: this.state.month, closedAt: now.toISOString(), statementCount: this.state.progress.statementCount });
    return true;
  }
}

import { DomainEvent } from '../../../../shared-kernel/domain-event';

/** The month stopped accepting changes: every module's writes for it are refused from now on. */
export interface PeriodCloseBegun extends DomainEvent {
  type: 'PeriodCloseBegun';
  month: string;
  at: string;
}

/** Every statement of the month is written. */
export interface PeriodClosed extends DomainEvent {
  type: 'PeriodClosed';
  month: string;
  closedAt: string;
  statementCount: number;
}

export type PeriodEvent = PeriodCloseBegun | PeriodClosed;

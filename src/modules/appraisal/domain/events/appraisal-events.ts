import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { DomainEvent } from '../../../../shared-kernel/domain-event';
import { YearMonth } from '../../../../shared-kernel/year-month';
import { Predikat } from '../predikat';
import { RatingPeriodKind } from '../rating-period';

/**
 * Raised for every new version, so that a month whose allowance used an earlier predikat can be corrected
 * (rules.md §6) whether the change came from the appraiser or from an objection.
 */
export interface AppraisalRated extends DomainEvent {
  readonly type: 'AppraisalRated';
  readonly appraisalId: Id;
  readonly employeeId: Id;
  readonly period: string;
  readonly kind: RatingPeriodKind;
  /** The months whose allowance the new version sets; none for the annual rating. */
  readonly months: YearMonth[];
  readonly version: number;
  readonly predikat: Predikat;
  readonly previousPredikat: Predikat | null;
  readonly ratedOn: LocalDate;
}

export interface ObjectionFiled extends DomainEvent {
  readonly type: 'ObjectionFiled';
  readonly appraisalId: Id;
  readonly employeeId: Id;
  readonly period: string;
  readonly objectionNumber: number;
  readonly againstVersion: number;
  readonly filedOn: LocalDate;
}

export interface ObjectionDecided extends DomainEvent {
  readonly type: 'ObjectionDecided';
  readonly appraisalId: Id;
  readonly employeeId: Id;
  readonly period: string;
  readonly objectionNumber: number;
  readonly outcome: 'UPHELD' | 'CHANGED';
  /** The version the decision added, null when the contested rating was upheld. */
  readonly resultingVersion: number | null;
  readonly decidedOn: LocalDate;
}

export type AppraisalEvent = AppraisalRated | ObjectionFiled | ObjectionDecided;

import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { Predikat } from '../predikat';

/**
 * Raised for every new version, so that a month whose allowance used an earlier predikat can be corrected
 * (rules.md §6) whether the change came from the appraiser or from an objection.
 */
export interface AppraisalRated {
  readonly type: 'AppraisalRated';
  readonly appraisalId: Id;
  readonly employeeId: Id;
  readonly period: string;
  readonly version: number;
  readonly predikat: Predikat;
  readonly previousPredikat: Predikat | null;
  readonly ratedOn: LocalDate;
}

export interface ObjectionFiled {
  readonly type: 'ObjectionFiled';
  readonly appraisalId: Id;
  readonly employeeId: Id;
  readonly objectionNumber: number;
  readonly filedOn: LocalDate;
}

export interface ObjectionDecided {
  readonly type: 'ObjectionDecided';
  readonly appraisalId: Id;
  readonly employeeId: Id;
  readonly objectionNumber: number;
  readonly outcome: 'UPHELD' | 'CHANGED';
  readonly decidedOn: LocalDate;
}

export type AppraisalEvent = AppraisalRated | ObjectionFiled | ObjectionDecided;

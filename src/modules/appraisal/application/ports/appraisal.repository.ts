import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { Appraisal } from '../../domain/appraisal';
import { Predikat } from '../../domain/predikat';
import { Rating } from '../../domain/rating';
import { RatingPeriod } from '../../domain/rating-period';

/** The rating that counts for one employee and period, as the unit sheet and the monthly close read it. */
export interface CurrentRating {
  employeeId: Id;
  appraisalId: Id;
  period: string;
  version: number;
  resultRating: Rating;
  behaviourRating: Rating;
  predikat: Predikat;
}

/** Where appraisals are kept; bound to its PostgreSQL implementation in the module. */
export abstract class AppraisalRepository {
  /**
   * The appraisal of an employee for a period, created when missing, locked for the rest of the
   * transaction so that two concurrent ratings of the same person queue instead of both adding version 1.
   */
  abstract openForUpdate(employeeId: Id, period: RatingPeriod): Promise<Appraisal>;

  abstract byId(id: Id, options?: { forUpdate?: boolean }): Promise<Appraisal | null>;

  /** `openObjection`: only appraisals with an objection still waiting for the superior's decision. */
  abstract list(filter: { employeeIds?: Id[]; period?: string; openObjection?: boolean }): Promise<Appraisal[]>;

  abstract save(appraisal: Appraisal): Promise<void>;

  /** The latest version of each employee's appraisal for one period, in one query. */
  abstract currentRatings(employeeIds: Id[], period: RatingPeriod): Promise<Map<Id, CurrentRating>>;

  /** An existing appraisal locked for the command, as the aggregate's own rules decide who may act on it. */
  async lockedById(id: Id): Promise<Appraisal> {
    const appraisal = await this.byId(id, { forUpdate: true });
    if (!appraisal) throw DomainError.notFound('Appraisal', id);
    return appraisal;
  }
}

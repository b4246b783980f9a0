import { Injectable } from '@nestjs/common';
import { YearMonth } from '../../../shared-kernel/year-month';
import { AppraisalContext } from '../application/appraisal-context';
import { AppraisalRepository } from '../application/ports/appraisal.repository';
import { RatingPeriod } from '../domain/rating-period';

/** The rating that governs one month of an employee's allowance (rules.md §4). */
export interface MonthlyRating {
  appraisalId: string;
  /** The periodic rating period that contains the month ("2026-06", or "2026-06" for April–June when quarterly). */
  period: string;
  version: number;
  predikat: string;
  /** A decimal string such as "0.90". */
  ratingMultiplier: string;
}

/** What other modules may ask of Appraisal. */
@Injectable()
export class AppraisalFacade {
  constructor(
    private readonly appraisals: AppraisalRepository,
    private readonly context: AppraisalContext,
  ) {}

  /**
   * The latest version of the periodic rating covering `month`, for many employees in one query; an
   * employee without one is mapped to null, which the close treats as NOT_RATED.
   */
  async monthlyRatings(employeeIds: string[], month: YearMonth): Promise<Map<string, MonthlyRating | null>> {
    const period = RatingPeriod.periodicContaining(month, this.context.policy);
    const ratings = await this.appraisals.currentRatings(employeeIds, period);
    return new Map(
      employeeIds.map((id) => {
        const r = ratings.get(id);
        return [
          id,
          r
            ? {
                appraisalId: r.appraisalId,
                period: r.period,
                version: r.version,
                predikat: r.predikat,
                ratingMultiplier: this.context.policy.ratingMultiplierFor(r.predikat).toFixed(2),
              }
            : null,
        ];
      }),
    );
  }
}

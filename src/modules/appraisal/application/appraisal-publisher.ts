import { Injectable } from '@nestjs/common';
import { AuditLog } from '../../../platform/audit/audit-log';
import { Outbox } from '../../../platform/outbox/outbox';
import { Appraisal } from '../domain/appraisal';
import { APPRAISAL_RATING_CHANGED_V1, AppraisalRatingChangedV1 } from '../public/events';
import { AppraisalContext, monthsOf } from './appraisal-context';
import { appraisalView } from './appraisal-view';

/**
 * Saves the trail of an appraisal command in its transaction: the audit row, and an outbox event for each
 * new version so that the allowance of the months it covers can follow.
 */
@Injectable()
export class AppraisalPublisher {
  constructor(
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
    private readonly context: AppraisalContext,
  ) {}

  async recorded(action: string, appraisal: Appraisal, before: Appraisal | null, reason?: string | null): Promise<void> {
    await this.audit.record({
      action,
      targetType: 'Appraisal',
      targetId: appraisal.id,
      reason: reason ?? null,
      before: before ? appraisalView(before) : undefined,
      after: appraisalView(appraisal),
    });
    for (const event of appraisal.pullEvents()) {
      if (event.type !== 'AppraisalRated') continue;
      const data: AppraisalRatingChangedV1 = {
        appraisalId: event.appraisalId,
        employeeId: event.employeeId,
        period: event.period,
        kind: appraisal.period.kind,
        months: appraisal.period.isAnnual() ? [] : monthsOf(appraisal.period),
        version: event.version,
        predikat: event.predikat,
        previousPredikat: event.previousPredikat,
        ratingMultiplier: this.context.policy.ratingMultiplierFor(event.predikat).toFixed(2),
        ratedOn: event.ratedOn,
      };
      await this.outbox.publish({ type: APPRAISAL_RATING_CHANGED_V1, source: 'appraisal', subject: event.employeeId, data });
    }
  }
}


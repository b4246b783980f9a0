import { Injectable, OnModuleInit } from '@nestjs/common';
import { NewIntegrationEvent } from '../../../platform/outbox/outbox';
import { IntegrationEventTranslators } from '../../../platform/write/integration-event-translators';
import { AppraisalPolicy } from '../domain/appraisal-policy';
import { AppraisalEvent, AppraisalRated, ObjectionDecided, ObjectionFiled } from '../domain/events/appraisal-events';
import {
  APPRAISAL_OBJECTION_DECIDED_V1,
  APPRAISAL_OBJECTION_FILED_V1,
  APPRAISAL_RATING_CHANGED_V1,
  AppraisalObjectionDecidedV1,
  AppraisalObjectionFiledV1,
  AppraisalRatingChangedV1,
} from '../public/events';

/**
 * How appraisal's domain events leave the module. Each carries the employee as its subject, so that a
 * consumer can follow one person's appraisals in order; the rating multiplier is the policy's reading of
 * the predikat, which remuneration would otherwise have to know.
 */
@Injectable()
export class AppraisalIntegrationEvents implements OnModuleInit {
  constructor(
    private readonly translators: IntegrationEventTranslators,
    private readonly policy: AppraisalPolicy,
  ) {}

  onModuleInit(): void {
    this.translators.register<AppraisalRated>('AppraisalRated', (e) =>
      announce<AppraisalRatingChangedV1>(APPRAISAL_RATING_CHANGED_V1, {
        ...about(e),
        kind: e.kind,
        months: e.months,
        version: e.version,
        predikat: e.predikat,
        previousPredikat: e.previousPredikat,
        ratingMultiplier: this.policy.ratingMultiplierFor(e.predikat).toFixed(2),
        ratedOn: e.ratedOn,
      }),
    );
    this.translators.register<ObjectionFiled>('ObjectionFiled', (e) =>
      announce<AppraisalObjectionFiledV1>(APPRAISAL_OBJECTION_FILED_V1, {
        ...about(e),
        objectionNumber: e.objectionNumber,
        againstVersion: e.againstVersion,
        filedOn: e.filedOn,
      }),
    );
    this.translators.register<ObjectionDecided>('ObjectionDecided', (e) =>
      announce<AppraisalObjectionDecidedV1>(APPRAISAL_OBJECTION_DECIDED_V1, {
        ...about(e),
        objectionNumber: e.objectionNumber,
        outcome: e.outcome,
        resultingVersion: e.resultingVersion,
        decidedOn: e.decidedOn,
      }),
    );
  }
}

/** What every appraisal event is about. */
function about(e: AppraisalEvent) {
  return { appraisalId: e.appraisalId, employeeId: e.employeeId, period: e.period };
}

function announce<T extends { employeeId: string }>(type: string, data: T): NewIntegrationEvent<T> {
  return { type, source: 'appraisal', subject: data.employeeId, data };
}

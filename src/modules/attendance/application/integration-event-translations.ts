import { Injectable, OnModuleInit } from '@nestjs/common';
import { yearMonthOf } from '../../../shared-kernel/year-month';
import { IntegrationEventTranslators } from '../../../platform/write/integration-event-translators';
import { AbsenceDecided, AbsenceDecisionCorrected, AbsenceFiled } from '../domain/absence-request';
import { ClockEventCorrected, ClockEventVoided } from '../domain/clock-event';
import { DisciplineThresholdReached } from '../domain/discipline-alert';
import { monthsTouched } from '../domain/leave-request';
import { PermitDecided, PermitDecisionCorrected, PermitFiled } from '../domain/permit-request';
import {
  ABSENCE_DECIDED_V1,
  ABSENCE_DECISION_CORRECTED_V1,
  ABSENCE_FILED_V1,
  AbsenceDecidedV1,
  AbsenceDecisionCorrectedV1,
  AbsenceFiledV1,
  CLOCK_EVENT_CORRECTED_V1,
  CLOCK_EVENT_VOIDED_V1,
  ClockEventCorrectedV1,
  ClockEventVoidedV1,
  DISCIPLINE_THRESHOLD_REACHED,
  DisciplineThresholdReachedV1,
  PERMIT_DECIDED_V1,
  PERMIT_DECISION_CORRECTED_V1,
  PERMIT_FILED_V1,
  PermitDecidedV1,
  PermitDecisionCorrectedV1,
  PermitFiledV1,
} from '../public/events';

const SOURCE = 'attendance';

/** The decision part every decided request carries, whatever its kind. */
function decision(e: AbsenceDecided | PermitDecided, months: string[]) {
  return { status: e.type.endsWith('Approved') ? ('APPROVED' as const) : ('REJECTED' as const), decidedBy: e.decidedBy, decidedAt: e.decidedAt, reason: e.reason, months };
}

function correction(e: AbsenceDecisionCorrected | PermitDecisionCorrected, months: string[]) {
  return { previousStatus: e.previousStatus, status: e.status, correctedBy: e.correctedBy, correctedAt: e.correctedAt, reason: e.reason, months };
}

/** Each attendance domain event becomes the versioned integration event of `public/events.ts`. */
@Injectable()
export class AttendanceEventTranslations implements OnModuleInit {
  constructor(private readonly translators: IntegrationEventTranslators) {}

  onModuleInit(): void {
    const out = <T>(type: string, employeeId: string, data: T) => ({ type, source: SOURCE, subject: employeeId, data });
    const absence = (e: AbsenceFiled | AbsenceDecided | AbsenceDecisionCorrected) => ({
      absenceId: e.absenceId,
      employeeId: e.employeeId,
      type: e.absenceType,
      startDate: e.startDate,
      endDate: e.endDate,
    });
    const permit = (e: PermitFiled | PermitDecided | PermitDecisionCorrected) => ({
      permitId: e.permitId,
      employeeId: e.employeeId,
      type: e.permitType,
      date: e.date,
      time: e.time,
    });
    const absenceDecided = (e: AbsenceDecided) => out<AbsenceDecidedV1>(ABSENCE_DECIDED_V1, e.employeeId, { ...absence(e), ...decision(e, monthsTouched(e.startDate, e.endDate)) });
    const permitDecided = (e: PermitDecided) => out<PermitDecidedV1>(PERMIT_DECIDED_V1, e.employeeId, { ...permit(e), ...decision(e, [yearMonthOf(e.date)]) });
    const t = this.translators;
    t.register<AbsenceFiled>('AbsenceFiled', (e) => out<AbsenceFiledV1>(ABSENCE_FILED_V1, e.employeeId, { ...absence(e), filedBy: e.filedBy }));
    t.register<AbsenceDecided>('AbsenceApproved', absenceDecided);
    t.register<AbsenceDecided>('AbsenceRejected', absenceDecided);
    t.register<PermitFiled>('PermitFiled', (e) => out<PermitFiledV1>(PERMIT_FILED_V1, e.employeeId, { ...permit(e), filedBy: e.filedBy }));
    t.register<PermitDecided>('PermitApproved', permitDecided);
    t.register<PermitDecided>('PermitRejected', permitDecided);
    t.register<AbsenceDecisionCorrected>('AbsenceDecisionCorrected', (e) =>
      out<AbsenceDecisionCorrectedV1>(ABSENCE_DECISION_CORRECTED_V1, e.employeeId, { ...absence(e), ...correction(e, monthsTouched(e.startDate, e.endDate)) }),
    );
    t.register<PermitDecisionCorrected>('PermitDecisionCorrected', (e) =>
      out<PermitDecisionCorrectedV1>(PERMIT_DECISION_CORRECTED_V1, e.employeeId, { ...permit(e), ...correction(e, [yearMonthOf(e.date)]) }),
    );
    t.register<ClockEventCorrected>('ClockEventCorrected', ({ type: _type, ...e }) =>
      out<ClockEventCorrectedV1>(CLOCK_EVENT_CORRECTED_V1, e.employeeId, { ...e, month: yearMonthOf(e.localDate) }),
    );
    t.register<ClockEventVoided>('ClockEventVoided', ({ type: _type, ...e }) =>
      out<ClockEventVoidedV1>(CLOCK_EVENT_VOIDED_V1, e.employeeId, { ...e, month: yearMonthOf(e.localDate) }),
    );
    t.register<DisciplineThresholdReached>('DisciplineThresholdReached', ({ type: _type, ...alert }) =>
      out<DisciplineThresholdReachedV1>(DISCIPLINE_THRESHOLD_REACHED, alert.employeeId, alert),
    );
  }
}

/**
 * Integration events Attendance publishes through the outbox. Versioned: a change of shape is a new type.
 * The decisions that move money (an approved absence or permit, a clock event HR added afterwards) are here
 * so that Remuneration can mark the statements of the months they touch as stale.
 */
export const DISCIPLINE_THRESHOLD_REACHED = 'attendance.discipline-threshold-reached.v1';
export const ABSENCE_FILED_V1 = 'attendance.absence-filed.v1';
export const ABSENCE_DECIDED_V1 = 'attendance.absence-decided.v1';
export const PERMIT_FILED_V1 = 'attendance.permit-filed.v1';
export const PERMIT_DECIDED_V1 = 'attendance.permit-decided.v1';
export const CLOCK_EVENT_CORRECTED_V1 = 'attendance.clock-event-corrected.v1';
export const CLOCK_EVENT_VOIDED_V1 = 'attendance.clock-event-voided.v1';
export const ABSENCE_DECISION_CORRECTED_V1 = 'attendance.absence-decision-corrected.v1';
export const PERMIT_DECISION_CORRECTED_V1 = 'attendance.permit-decision-corrected.v1';

/** An employee's TK days in a year reached a PP 94/2021 threshold: HR decides the sanction. */
export interface DisciplineThresholdReachedV1 {
  alertId: string;
  employeeId: string;
  unitId: string | null;
  year: number;
  /** The threshold reached. */
  tkDays: number;
  /** TK days counted when it was detected (may be past several thresholds at once). */
  tkDaysCounted: number;
  severity: string;
  sanction: string;
  sanctionEn: string;
}

/** An absence awaits its supervisor's decision (or, recorded by HR, is decided in the same transaction). */
export interface AbsenceFiledV1 {
  absenceId: string;
  employeeId: string;
  type: string;
  startDate: string;
  endDate: string;
  filedBy: string | null;
}

/**
 * An absence was approved or rejected — by the supervisor, or approved as HR recorded it. Only an approved
 * one changes the days it covers; `months` lists every month with one of its days.
 */
export interface AbsenceDecidedV1 {
  absenceId: string;
  employeeId: string;
  type: string;
  startDate: string;
  endDate: string;
  status: 'APPROVED' | 'REJECTED';
  decidedBy: string | null;
  decidedAt: string;
  reason: string | null;
  months: string[];
}

export interface PermitFiledV1 {
  permitId: string;
  employeeId: string;
  type: string;
  date: string;
  time: string | null;
  filedBy: string | null;
}

/** A permit was approved or rejected; an approved one changes the classification of its day. */
export interface PermitDecidedV1 {
  permitId: string;
  employeeId: string;
  type: string;
  date: string;
  time: string | null;
  status: 'APPROVED' | 'REJECTED';
  decidedBy: string | null;
  decidedAt: string;
  reason: string | null;
  months: string[];
}

/** HR added a clock event for a punch a device lost; the day it counts for is `localDate` (in `timeZone`). */
export interface ClockEventCorrectedV1 {
  clockEventId: string;
  employeeId: string;
  at: string;
  direction: 'IN' | 'OUT' | null;
  reason: string;
  localDate: string;
  month: string;
  timeZone: string;
}

/** HR voided a recorded punch afterwards; it no longer counts for `localDate` (in `timeZone`). */
export interface ClockEventVoidedV1 {
  clockEventId: string;
  employeeId: string;
  at: string;
  direction: 'IN' | 'OUT' | null;
  reason: string;
  localDate: string;
  month: string;
  timeZone: string;
}

/** What HR's change of a decision afterwards says, beside the request itself: both statuses, who, when and why. */
interface DecisionCorrection {
  previousStatus: 'SUBMITTED' | 'APPROVED' | 'REJECTED';
  status: 'APPROVED' | 'REJECTED';
  correctedBy: string;
  correctedAt: string;
  reason: string;
  /** Every month with a day of the request: whichever way the decision went, those days changed. */
  months: string[];
}

/** HR changed an absence's decision afterwards (possibly in a closed month), with a reason. */
export interface AbsenceDecisionCorrectedV1 extends DecisionCorrection {
  absenceId: string;
  employeeId: string;
  type: string;
  startDate: string;
  endDate: string;
}

/** HR changed a permit's decision afterwards (possibly in a closed month), with a reason. */
export interface PermitDecisionCorrectedV1 extends DecisionCorrection {
  permitId: string;
  employeeId: string;
  type: string;
  date: string;
  time: string | null;
}

import { Appraisal, AppraisalVersion } from '../domain/appraisal';
import { AppraisalPolicy } from '../domain/appraisal-policy';
import { BERAKHLAK_LABELS } from '../domain/berakhlak';
import { suggestedDevelopmentAreas } from '../domain/development-areas';
import { PREDIKAT_LABELS } from '../domain/predikat';
import { suggestedBehaviourRating } from '../domain/suggested-behaviour-rating';
import { FeedbackRecord } from './ports/feedback.repository';

export function versionView(v: AppraisalVersion) {
  return {
    number: v.number,
    resultRating: v.resultRating,
    behaviourRating: v.behaviourRating,
    behaviours: v.behaviours.entries.map((e) => ({ value: e.value, rating: e.rating, note: e.note })),
    suggestedBehaviourRating: suggestedBehaviourRating(v.behaviours),
    predikat: v.predikat,
    predikatLabel: PREDIKAT_LABELS[v.predikat].id,
    feedback: v.feedback,
    ratedBy: v.ratedBy,
    ratedOn: v.ratedOn,
    origin: v.origin,
    reason: v.reason,
  };
}

export function developmentAreasView(appraisal: Appraisal) {
  const current = appraisal.current;
  if (current === null) return [];
  return suggestedDevelopmentAreas(current.behaviours).map((value) => ({
    value,
    label: BERAKHLAK_LABELS[value].id,
    note: current.behaviours.entries.find((e) => e.value === value)?.note ?? null,
  }));
}

/** The whole appraisal: the version that counts first, then its history. */
export function appraisalView(appraisal: Appraisal, policy?: AppraisalPolicy) {
  const current = appraisal.current;
  return {
    id: appraisal.id,
    employeeId: appraisal.employeeId,
    period: appraisal.period.toString(),
    kind: appraisal.period.kind,
    periodLengthMonths: appraisal.period.lengthMonths,
    firstDay: appraisal.period.firstDay,
    lastDay: appraisal.period.lastDay,
    selfAssessment: appraisal.selfAssessment,
    predikat: appraisal.predikat,
    current: current ? versionView(current) : null,
    acknowledged: appraisal.isAcknowledged(),
    ...(policy && current ? { objectionDeadline: policy.lastDayToObject(current.ratedOn) } : {}),
    versions: appraisal.versions.map(versionView),
    acknowledgements: appraisal.acknowledgements,
    objections: appraisal.objections,
  };
}

export type AppraisalView = ReturnType<typeof appraisalView>;

export function feedbackView(f: FeedbackRecord) {
  return { id: f.id, employeeId: f.employeeId, subject: f.subject, authorId: f.authorId, givenOn: f.givenOn, note: f.note };
}

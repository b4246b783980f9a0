import { DailyActivity } from '../domain/daily-activity';

export const activityView = (a: DailyActivity) => {
  const s = a.snapshot();
  return {
    id: s.id,
    employeeId: s.employeeId,
    date: s.date,
    startTime: s.startTime,
    endTime: s.endTime,
    catalogCode: s.catalogCode,
    minutesPerUnit: s.minutesPerUnit,
    quantity: s.quantity,
    claimedMinutes: a.claimedMinutes,
    description: s.description,
    resultId: s.purpose.kind === 'RESULT' ? s.purpose.resultId : null,
    additionalTask: s.purpose.kind === 'ADDITIONAL_TASK',
    evidenceUrl: s.evidence?.kind === 'URL' ? s.evidence.url : null,
    evidenceFile: s.evidence?.kind === 'FILE',
    status: s.status,
    submittedAt: s.submittedAt,
    approvedQuantity: s.approvedQuantity,
    approvedMinutes: a.approvedMinutes,
    reviewNote: s.reviewNote,
    rejectionReason: s.rejectionReason,
    reviewedBy: s.reviewedBy,
    reviewedAt: s.reviewedAt,
  };
};

/** An activity as the API shows it. */
export type ActivityView = ReturnType<typeof activityView>;

/** How activities and catalogue items map to and from their rows. */
import { Dec } from '../../../../shared-kernel/decimal';
import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { ActivityCatalogItem } from '../../domain/activity-catalog-item';
import { DailyActivity, DailyActivityState, DailyActivityStatus } from '../../domain/daily-activity';
import { ActivityView } from '../../application/activity-view';

export const toCatalogItem = (r: any): ActivityCatalogItem =>
  ActivityCatalogItem.create({ id: r.id, code: r.code, name: r.name, outputUnit: r.output_unit, minutesPerUnit: r.minutes_per_unit, unitId: r.unit_id });

/** numeric(12,2) comes back as '3.00'; the domain writes quantities in their shortest form. */
export const plain = (value: string | null): string | null => (value === null ? null : new Dec(value).toFixed());

export const toActivity = (r: any): DailyActivity =>
  DailyActivity.restore({
    id: r.id,
    employeeId: r.employee_id,
    date: r.date,
    startTime: r.start_time,
    endTime: r.end_time,
    catalogCode: r.catalog_code,
    minutesPerUnit: r.minutes_per_unit,
    quantity: plain(r.quantity)!,
    description: r.description,
    purpose: r.result_id ? { kind: 'RESULT', resultId: r.result_id } : { kind: 'ADDITIONAL_TASK' },
    evidence: r.evidence_url ? { kind: 'URL', url: r.evidence_url } : r.evidence_file ? { kind: 'FILE', fileRef: r.evidence_file, bytes: r.evidence_bytes ?? 0 } : null,
    status: r.status as DailyActivityStatus,
    submittedAt: r.submitted_at,
    approvedQuantity: plain(r.approved_quantity),
    reviewNote: r.review_note,
    rejectionReason: r.rejection_reason,
    reviewedBy: r.reviewed_by,
    reviewedAt: r.reviewed_at,
  });

export const COLUMNS = [
  ['id', 'uuid'],
  ['employee_id', 'uuid'],
  ['date', 'date'],
  ['start_time', 'text'],
  ['end_time', 'text'],
  ['catalog_code', 'text'],
  ['minutes_per_unit', 'int'],
  ['quantity', 'numeric'],
  ['claimed_minutes', 'int'],
  ['description', 'text'],
  ['result_id', 'uuid'],
  ['evidence_url', 'text'],
  ['evidence_file', 'text'],
  ['evidence_bytes', 'int'],
  ['status', 'text'],
  ['submitted_at', 'timestamptz'],
  ['approved_quantity', 'numeric'],
  ['approved_minutes', 'int'],
  ['review_note', 'text'],
  ['rejection_reason', 'text'],
  ['reviewed_by', 'uuid'],
  ['reviewed_at', 'timestamptz'],
] as const;

function columnsOf(a: DailyActivity): unknown[] {
  const s: DailyActivityState = a.snapshot();
  return [
    s.id,
    s.employeeId,
    s.date,
    s.startTime,
    s.endTime,
    s.catalogCode,
    s.minutesPerUnit,
    s.quantity,
    a.claimedMinutes,
    s.description,
    s.purpose.kind === 'RESULT' ? s.purpose.resultId : null,
    s.evidence?.kind === 'URL' ? s.evidence.url : null,
    s.evidence?.kind === 'FILE' ? s.evidence.fileRef : null,
    s.evidence?.kind === 'FILE' ? s.evidence.bytes : null,
    s.status,
    s.submittedAt,
    s.approvedQuantity,
    a.approvedMinutes,
    s.reviewNote,
    s.rejectionReason,
    s.reviewedBy,
    s.reviewedAt,
  ];
}

/** Column-wise arrays for `unnest`, so many activities are written by one statement. */
export function unnestParams(activities: DailyActivity[]): unknown[][] {
  const rows = activities.map(columnsOf);
  return COLUMNS.map((_, i) => rows.map((r) => r[i]));
}

export const UNNEST = `unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')}) AS x(${COLUMNS.map(([name]) => name).join(', ')})`;

/** An activity as the API shows it (activityView's shape), read from its row without restoring the aggregate. */
export const activityRowView = (r: any): ActivityView => {
  const url: string | null = r.evidence_url ?? null;
  return {
    id: r.id as Id,
    employeeId: r.employee_id as Id,
    date: r.date as LocalDate,
    startTime: r.start_time as string,
    endTime: r.end_time as string,
    catalogCode: r.catalog_code as string,
    minutesPerUnit: r.minutes_per_unit as number,
    quantity: plain(r.quantity)!,
    claimedMinutes: r.claimed_minutes as number,
    description: r.description as string,
    resultId: (r.result_id ?? null) as Id | null,
    additionalTask: !r.result_id,
    evidenceUrl: url,
    evidenceFile: url === null && r.evidence_file != null,
    status: r.status as DailyActivityStatus,
    submittedAt: r.submitted_at as Date,
    approvedQuantity: plain(r.approved_quantity),
    // Stored with the row by the aggregate (insert/update), and what achievement sums.
    approvedMinutes: r.status === 'APPROVED' ? (r.approved_minutes as number) : 0,
    reviewNote: (r.review_note ?? null) as string | null,
    rejectionReason: (r.rejection_reason ?? null) as string | null,
    reviewedBy: (r.reviewed_by ?? null) as Id | null,
    reviewedAt: (r.reviewed_at ?? null) as Date | null,
  };
};

import { AbsenceState } from '../domain/absence-request';
import { AttendanceDeviceState } from '../domain/attendance-device';
import { PermitState } from '../domain/permit-request';

/** The API's shapes of absences, permits and devices (api.md), shared by the write answers and the reads. */
export const absenceView = (a: AbsenceState) => ({
  id: a.id,
  employeeId: a.employeeId,
  type: a.type,
  startDate: a.startDate,
  endDate: a.endDate,
  reason: a.reason,
  status: a.status,
  decidedAt: a.decidedAt?.toISOString() ?? null,
  decisionReason: a.decisionReason,
});

export const permitView = (p: PermitState) => ({
  id: p.id,
  employeeId: p.employeeId,
  type: p.type,
  date: p.date,
  time: p.time,
  reason: p.reason,
  status: p.status,
  decidedAt: p.decidedAt?.toISOString() ?? null,
  decisionReason: p.decisionReason,
});

export const deviceView = (d: AttendanceDeviceState) => ({
  id: d.id,
  name: d.name,
  unitId: d.unitId,
  createdAt: d.createdAt.toISOString(),
  revokedAt: d.revokedAt?.toISOString() ?? null,
});

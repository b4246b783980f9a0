import { Injectable } from '@nestjs/common';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import type { StoredPolicyParameters } from '../../application/policy-book';
import { AbsenceType } from '../../domain/attendance-code';
import { ClockDirection } from '../../domain/clock-event';
import { PermitType } from '../../domain/permit';

export type RequestStatus = 'SUBMITTED' | 'APPROVED' | 'REJECTED';
export type ClockEventSource = 'SELF' | 'DEVICE' | 'IMPORT' | 'CORRECTION';

export interface PolicyVersionRow {
  id: string;
  effectiveFrom: LocalDate;
  parameters: StoredPolicyParameters;
  createdAt: Date;
}

export interface DeviceRow {
  id: string;
  name: string;
  unitId: string | null;
  keyHash: string;
  createdAt: Date;
  revokedAt: Date | null;
}

export interface NewClockEvent {
  employeeId: string;
  /** ISO 8601 instant. */
  at: string;
  direction: ClockDirection | null;
}

export interface StoredClockEvent {
  employeeId: string;
  at: Date;
  direction: ClockDirection | null;
}

interface Decision {
  status: RequestStatus;
  filedBy: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionReason: string | null;
  createdAt?: Date;
}

export interface AbsenceRecord extends Decision {
  id: string;
  employeeId: string;
  type: AbsenceType;
  startDate: LocalDate;
  endDate: LocalDate;
  reason: string;
}

export interface PermitRecord extends Decision {
  id: string;
  employeeId: string;
  type: PermitType;
  date: LocalDate;
  time: string | null;
  reason: string;
}

export interface DisciplineAlertRecord {
  id: string;
  employeeId: string;
  unitId: string | null;
  year: number;
  tkDays: number;
  severity: string;
  sanction: string;
  detectedAt: Date;
}

const decisionOf = (r: any): Decision => ({
  status: r.status,
  filedBy: r.filed_by,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
  decisionReason: r.decision_reason,
  createdAt: r.created_at,
});

const toAbsence = (r: any): AbsenceRecord => ({
  id: r.id,
  employeeId: r.employee_id,
  type: r.type,
  startDate: r.start_date,
  endDate: r.end_date,
  reason: r.reason,
  ...decisionOf(r),
});

const toPermit = (r: any): PermitRecord => ({
  id: r.id,
  employeeId: r.employee_id,
  type: r.type,
  date: r.date,
  time: r.time,
  reason: r.reason,
  ...decisionOf(r),
});

export interface RequestFilter {
  employeeIds?: string[];
  status?: RequestStatus;
  from?: LocalDate;
  to?: LocalDate;
  afterId?: string;
  limit: number;
}

@Injectable()
export class AttendanceRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async policyVersions(): Promise<PolicyVersionRow[]> {
    const rows = await this.uow.query(`SELECT id, effective_from, parameters, created_at FROM attendance.policies ORDER BY effective_from`);
    return rows.map((r) => ({ id: r.id, effectiveFrom: r.effective_from, parameters: r.parameters, createdAt: r.created_at }));
  }

  async insertPolicy(id: string, effectiveFrom: LocalDate, parameters: StoredPolicyParameters): Promise<void> {
    await this.uow.query(`INSERT INTO attendance.policies (id, effective_from, parameters) VALUES ($1, $2, $3)`, [id, effectiveFrom, JSON.stringify(parameters)]);
  }

  async insertDevice(d: { id: string; name: string; unitId: string | null; keyHash: string }): Promise<void> {
    await this.uow.query(`INSERT INTO attendance.devices (id, name, unit_id, key_hash) VALUES ($1, $2, $3, $4)`, [d.id, d.name, d.unitId, d.keyHash]);
  }

  async device(id: string): Promise<DeviceRow | null> {
    const [r] = await this.uow.query(`SELECT * FROM attendance.devices WHERE id = $1`, [id]);
    return r ? { id: r.id, name: r.name, unitId: r.unit_id, keyHash: r.key_hash, createdAt: r.created_at, revokedAt: r.revoked_at } : null;
  }

  async devicesExisting(ids: string[]): Promise<Set<string>> {
    const rows = await this.uow.query(`SELECT id FROM attendance.devices WHERE id = ANY($1::uuid[])`, [ids]);
    return new Set(rows.map((r) => r.id));
  }

  async listDevices(): Promise<DeviceRow[]> {
    const rows = await this.uow.query(`SELECT * FROM attendance.devices ORDER BY created_at, id`);
    return rows.map((r) => ({ id: r.id, name: r.name, unitId: r.unit_id, keyHash: r.key_hash, createdAt: r.created_at, revokedAt: r.revoked_at }));
  }

  async revokeDevice(id: string): Promise<void> {
    await this.uow.query(`UPDATE attendance.devices SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [id]);
  }

  /**
   * One multi-row INSERT over arrays, whatever the batch size; an (employee, instant) already stored, or
   * repeated within the batch, is skipped. Returns how many rows went in.
   */
  async insertClockEvents(
    events: NewClockEvent[],
    provenance: { source: ClockEventSource; deviceIds?: (string | null)[]; reason?: string | null },
  ): Promise<number> {
    if (events.length === 0) return 0;
    const [row] = await this.uow.query(
      `WITH inserted AS (
         INSERT INTO attendance.clock_events (employee_id, at, direction, source, device_id, reason)
         SELECT e, a, d, $4, dev, $6 FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $5::uuid[]) AS t(e, a, d, dev)
         ON CONFLICT ON CONSTRAINT clock_events_once DO NOTHING
         RETURNING 1)
       SELECT count(*)::int AS n FROM inserted`,
      [
        events.map((e) => e.employeeId),
        events.map((e) => e.at),
        events.map((e) => e.direction),
        provenance.source,
        provenance.deviceIds ?? events.map(() => null),
        provenance.reason ?? null,
      ],
    );
    return row.n;
  }

  async clockEvent(employeeId: string, at: Date): Promise<{ id: string; at: Date; direction: ClockDirection | null; source: ClockEventSource } | null> {
    const [r] = await this.uow.query(`SELECT id, at, direction, source FROM attendance.clock_events WHERE employee_id = $1 AND at = $2`, [employeeId, at]);
    return r ? { id: String(r.id), at: r.at, direction: r.direction, source: r.source } : null;
  }

  async clockEventsBetween(employeeIds: string[], from: Date, to: Date): Promise<StoredClockEvent[]> {
    const rows = await this.uow.query(
      `SELECT employee_id, at, direction FROM attendance.clock_events
        WHERE employee_id = ANY($1::uuid[]) AND at >= $2 AND at < $3
        ORDER BY employee_id, at`,
      [employeeIds, from, to],
    );
    return rows.map((r) => ({ employeeId: r.employee_id, at: r.at, direction: r.direction }));
  }

  async listClockEvents(employeeId: string, from: Date, to: Date) {
    const rows = await this.uow.query(
      `SELECT id, at, direction, source, device_id, reason, recorded_at FROM attendance.clock_events
        WHERE employee_id = $1 AND at >= $2 AND at < $3 ORDER BY at`,
      [employeeId, from, to],
    );
    return rows.map((r) => ({
      id: String(r.id),
      at: r.at.toISOString(),
      direction: r.direction,
      source: r.source,
      deviceId: r.device_id,
      reason: r.reason,
      recordedAt: r.recorded_at.toISOString(),
    }));
  }

  async lockEmployeeRequests(employeeId: string): Promise<void> {
    await this.uow.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`attendance.requests:${employeeId}`]);
  }

  async insertAbsence(a: AbsenceRecord): Promise<void> {
    await this.uow.query(
      `INSERT INTO attendance.absences (id, employee_id, type, start_date, end_date, reason, status, filed_by, decided_by, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [a.id, a.employeeId, a.type, a.startDate, a.endDate, a.reason, a.status, a.filedBy, a.decidedBy, a.decidedAt],
    );
  }

  async absence(id: string, lock = false): Promise<AbsenceRecord | null> {
    const [r] = await this.uow.query(`SELECT * FROM attendance.absences WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return r ? toAbsence(r) : null;
  }

  /** The absences still in force (submitted or approved) of an employee that touch [from, to]. */
  async absencesInForce(employeeId: string, from: LocalDate, to: LocalDate): Promise<AbsenceRecord[]> {
    const rows = await this.uow.query(
      `SELECT * FROM attendance.absences WHERE employee_id = $1 AND status IN ('SUBMITTED','APPROVED') AND start_date <= $3 AND end_date >= $2 ORDER BY start_date`,
      [employeeId, from, to],
    );
    return rows.map(toAbsence);
  }

  async approvedAbsences(employeeIds: string[], from: LocalDate, to: LocalDate): Promise<AbsenceRecord[]> {
    const rows = await this.uow.query(
      `SELECT * FROM attendance.absences WHERE employee_id = ANY($1::uuid[]) AND status = 'APPROVED' AND start_date <= $3 AND end_date >= $2`,
      [employeeIds, from, to],
    );
    return rows.map(toAbsence);
  }

  async listAbsences(f: RequestFilter): Promise<AbsenceRecord[]> {
    const rows = await this.uow.query(
      `SELECT * FROM attendance.absences
        WHERE ($1::uuid[] IS NULL OR employee_id = ANY($1::uuid[])) AND ($2::text IS NULL OR status = $2)
          AND ($3::date IS NULL OR end_date >= $3) AND ($4::date IS NULL OR start_date <= $4) AND ($5::uuid IS NULL OR id > $5)
        ORDER BY id LIMIT $6`,
      [f.employeeIds ?? null, f.status ?? null, f.from ?? null, f.to ?? null, f.afterId ?? null, f.limit],
    );
    return rows.map(toAbsence);
  }

  async decideAbsence(id: string, d: { status: RequestStatus; decidedBy: string | null; decisionReason: string | null }): Promise<void> {
    await this.uow.query(`UPDATE attendance.absences SET status = $2, decided_by = $3, decided_at = now(), decision_reason = $4 WHERE id = $1`, [
      id,
      d.status,
      d.decidedBy,
      d.decisionReason,
    ]);
  }

  async insertPermit(p: PermitRecord): Promise<void> {
    await this.uow.query(
      `INSERT INTO attendance.permits (id, employee_id, type, date, time, reason, status, filed_by, decided_by, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [p.id, p.employeeId, p.type, p.date, p.time, p.reason, p.status, p.filedBy, p.decidedBy, p.decidedAt],
    );
  }

  async permit(id: string, lock = false): Promise<PermitRecord | null> {
    const [r] = await this.uow.query(`SELECT * FROM attendance.permits WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return r ? toPermit(r) : null;
  }

  async approvedPermits(employeeIds: string[], from: LocalDate, to: LocalDate): Promise<PermitRecord[]> {
    const rows = await this.uow.query(
      `SELECT * FROM attendance.permits WHERE employee_id = ANY($1::uuid[]) AND status = 'APPROVED' AND date BETWEEN $2 AND $3`,
      [employeeIds, from, to],
    );
    return rows.map(toPermit);
  }

  async listPermits(f: RequestFilter): Promise<PermitRecord[]> {
    const rows = await this.uow.query(
      `SELECT * FROM attendance.permits
        WHERE ($1::uuid[] IS NULL OR employee_id = ANY($1::uuid[])) AND ($2::text IS NULL OR status = $2)
          AND ($3::date IS NULL OR date >= $3) AND ($4::date IS NULL OR date <= $4) AND ($5::uuid IS NULL OR id > $5)
        ORDER BY id LIMIT $6`,
      [f.employeeIds ?? null, f.status ?? null, f.from ?? null, f.to ?? null, f.afterId ?? null, f.limit],
    );
    return rows.map(toPermit);
  }

  async decidePermit(id: string, d: { status: RequestStatus; decidedBy: string | null; decisionReason: string | null }): Promise<void> {
    await this.uow.query(`UPDATE attendance.permits SET status = $2, decided_by = $3, decided_at = now(), decision_reason = $4 WHERE id = $1`, [
      id,
      d.status,
      d.decidedBy,
      d.decisionReason,
    ]);
  }

  /** Inserts the alerts not raised before; returns those that are new. */
  async insertDisciplineAlerts(alerts: Omit<DisciplineAlertRecord, 'detectedAt'>[]): Promise<string[]> {
    if (alerts.length === 0) return [];
    const rows = await this.uow.query(
      `INSERT INTO attendance.discipline_alerts (id, employee_id, unit_id, year, tk_days, severity, sanction)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::smallint[], $5::smallint[], $6::text[], $7::text[])
       ON CONFLICT (employee_id, year, tk_days) DO NOTHING RETURNING id`,
      [
        alerts.map((a) => a.id),
        alerts.map((a) => a.employeeId),
        alerts.map((a) => a.unitId),
        alerts.map((a) => a.year),
        alerts.map((a) => a.tkDays),
        alerts.map((a) => a.severity),
        alerts.map((a) => a.sanction),
      ],
    );
    return rows.map((r) => r.id);
  }

  async highestAlertedThresholds(employeeIds: string[], year: number): Promise<Map<string, number>> {
    const rows = await this.uow.query(
      `SELECT employee_id, max(tk_days) AS tk FROM attendance.discipline_alerts WHERE employee_id = ANY($1::uuid[]) AND year = $2 GROUP BY employee_id`,
      [employeeIds, year],
    );
    return new Map(rows.map((r) => [r.employee_id, Number(r.tk)]));
  }

  async listDisciplineAlerts(f: { year?: number; employeeIds?: string[] | null; afterId?: string; limit: number }): Promise<DisciplineAlertRecord[]> {
    const rows = await this.uow.query(
      `SELECT * FROM attendance.discipline_alerts
        WHERE ($1::smallint IS NULL OR year = $1) AND ($2::uuid[] IS NULL OR employee_id = ANY($2::uuid[])) AND ($3::uuid IS NULL OR id > $3)
        ORDER BY id LIMIT $4`,
      [f.year ?? null, f.employeeIds ?? null, f.afterId ?? null, f.limit],
    );
    return rows.map((r) => ({
      id: r.id,
      employeeId: r.employee_id,
      unitId: r.unit_id,
      year: r.year,
      tkDays: r.tk_days,
      severity: r.severity,
      sanction: r.sanction,
      detectedAt: r.detected_at,
    }));
  }
}

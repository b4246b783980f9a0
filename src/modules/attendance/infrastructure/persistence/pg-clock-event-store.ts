import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { ClockEventStore, HeldClockEvent, ListedClockEvent, NewClockEvent, Provenance, RecordedClockEvent, StoredClockEvent } from '../../application/ports/clock-event-store';

const recorded = (r: any): RecordedClockEvent => ({ id: String(r.id), at: r.at, direction: r.direction, source: r.source });

@Injectable()
export class PgClockEventStore extends ClockEventStore {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  /** One multi-row INSERT over arrays, whatever the batch size; a row repeated within the batch is skipped too. */
  async append(events: NewClockEvent[], provenance: Provenance): Promise<number> {
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

  async appendOne(e: NewClockEvent, provenance: Provenance): Promise<RecordedClockEvent | null> {
    const [row] = await this.uow.query(
      `INSERT INTO attendance.clock_events (employee_id, at, direction, source, device_id, reason) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT ON CONSTRAINT clock_events_once DO NOTHING
       RETURNING id, at, direction, source`,
      [e.employeeId, e.at, e.direction, provenance.source, provenance.deviceIds?.[0] ?? null, provenance.reason ?? null],
    );
    return row ? recorded(row) : null;
  }

  async find(employeeId: string, at: Date): Promise<RecordedClockEvent | null> {
    const [r] = await this.uow.query(`SELECT id, at, direction, source FROM attendance.clock_events WHERE employee_id = $1 AND at = $2`, [employeeId, at]);
    return r ? recorded(r) : null;
  }

  async between(employeeIds: string[], from: Date, to: Date): Promise<StoredClockEvent[]> {
    const rows = await this.uow.query(
      // Whole epoch milliseconds (exact: extract gives a numeric; floored as a Date drops microseconds) rather than
      // timestamptz text: the close reads a month of everyone's punches, and a number parses far cheaper.
      `SELECT employee_id, floor(extract(epoch FROM at) * 1000)::float8 AS at_ms, direction FROM attendance.clock_events
        WHERE employee_id = ANY($1::uuid[]) AND at >= $2 AND at < $3 AND voided_at IS NULL
        ORDER BY employee_id, at`,
      [employeeIds, from, to],
    );
    return rows.map((r) => ({ employeeId: r.employee_id, at: new Date(r.at_ms), direction: r.direction }));
  }

  async list(employeeId: string, from: Date, to: Date): Promise<ListedClockEvent[]> {
    const rows = await this.uow.query(
      `SELECT id, at, direction, source, device_id, reason, recorded_at, voided_at, void_reason FROM attendance.clock_events
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
      voidedAt: r.voided_at?.toISOString() ?? null,
      voidReason: r.void_reason,
    }));
  }

  async holdForVoid(id: string): Promise<HeldClockEvent | null> {
    const [r] = await this.uow.query(`SELECT id, employee_id, at, direction, voided_at FROM attendance.clock_events WHERE id = $1 FOR UPDATE`, [id]);
    return r ? { id: String(r.id), employeeId: r.employee_id, at: r.at, direction: r.direction, voided: r.voided_at !== null } : null;
  }

  async markVoided(id: string, { at, reason, by }: { at: Date; reason: string; by: string }): Promise<void> {
    await this.uow.query(`UPDATE attendance.clock_events SET voided_at = $2, void_reason = $3, voided_by = $4 WHERE id = $1`, [id, at, reason, by]);
  }
}

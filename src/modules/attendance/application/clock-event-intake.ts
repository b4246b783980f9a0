import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock } from '../../../shared-kernel/clock';
import { DomainError } from '../../../shared-kernel/domain-error';
import { newId } from '../../../shared-kernel/ids';
import { LocalDate } from '../../../shared-kernel/local-date';
import { yearMonthOf } from '../../../shared-kernel/year-month';
import { localDateOf } from '../../../shared-kernel/zone';
import { AuditEntry } from '../../../platform/audit/audit-log';
import { Actor } from '../../../platform/auth/actor';
import { HttpProblem } from '../../../platform/http/problem';
import { PeriodLock } from '../../../platform/period-lock/period-lock';
import { EmployeeProfilesFacade } from '../../organization/public/employee-profiles.facade';
import { UnitTreeFacade } from '../../organization/public/unit-tree.facade';
import { ClockDirection, ClockEventSource } from '../domain/clock-event';
import { AttendanceDevices } from './ports/attendance-devices';
import { ClockEventStore, NewClockEvent, RecordedClockEvent } from './ports/clock-event-store';
import { EmployeePlacements } from './ports/employee-placements';

/** api.md "POST /attendance/clock-events/import": what happened to each row of a batch. */
export interface IntakeReport {
  accepted: number;
  duplicates: number;
  rejected: Array<{ index: number; code: string; detail: string }>;
}

export interface IntakeOptions {
  source: ClockEventSource;
  /** Set for a device's own push: every event is that device's, and a row naming another is refused. */
  deviceId?: string;
  /** The unit a pushing device stands in: it vouches only for people placed in that unit's subtree on the event's day. */
  deviceUnitId?: string | null;
  reason?: string | null;
  /** Set for HR's correction: it may reach a closed month (HR only), where no other intake does. */
  correctedBy?: Actor;
}

/** One event of an employee known by id, as stored, with the day it counts for. */
export interface TakenClockEvent {
  event: RecordedClockEvent;
  duplicate: boolean;
  localDate: LocalDate;
  timeZone: string;
  audit: AuditEntry;
}

const NIP_RE = /^\d{18}$/;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const FALLBACK_ZONE = 'Asia/Jakarta';
/**
 * Rows per batch: a batch is one transaction and one report, so its size bounds the locks held and the
 * memory used; a bigger migration is sent in several batches (a re-sent row is a duplicate, not an error).
 */
export const MAX_CLOCK_EVENT_ROWS = 10_000;
/** A device clock slightly ahead of the server is tolerated; an event further in the future is a wrong clock. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

interface ValidRow {
  index: number;
  nip: string;
  at: string;
  instant: Date;
  direction: ClockDirection | null;
  deviceId: string | null;
}

interface Problem {
  code: string;
  detail: string;
}

/**
 * The one way clock events enter the system, from the employee, a device or an HR import: each row is checked
 * on its own and refused with a reason instead of failing the batch; the rest go in with one multi-row INSERT
 * in the command's transaction, where an (employee, instant) already stored counts as a duplicate. The handler
 * returns the audit entry it gives back; the command pipeline writes it.
 */
@Injectable()
export class ClockEventIntake {
  constructor(
    private readonly store: ClockEventStore,
    private readonly devices: AttendanceDevices,
    private readonly placements: EmployeePlacements,
    private readonly profiles: EmployeeProfilesFacade,
    private readonly periods: PeriodLock,
    private readonly unitTree: UnitTreeFacade,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async take(rows: unknown[], options: IntakeOptions): Promise<{ report: IntakeReport; audit: AuditEntry }> {
    if (rows.length > MAX_CLOCK_EVENT_ROWS) {
      const message = `send at most ${MAX_CLOCK_EVENT_ROWS} rows per request (got ${rows.length}): split the batch`;
      throw new HttpProblem(413, 'TOO_MANY_ROWS', `The batch has too many rows: ${message}.`, [{ field: '(body)', code: 'maxRows', message }]);
    }
    const rejected: IntakeReport['rejected'] = [];
    const reject = (index: number, problem: Problem) => rejected.push({ index, ...problem });
    const valid = this.parse(rows, options, reject);

    const employees = await this.profiles.employeesByNips([...new Set(valid.map((r) => r.nip))]);
    const devices = options.deviceId ? new Set<string>() : await this.devices.existing([...new Set(valid.flatMap((r) => (r.deviceId ? [r.deviceId] : [])))]);
    const inDeviceScope = await this.placedInDeviceScope(valid, employees, options.deviceUnitId ?? null);
    const openMonths = new Map<string, boolean>();
    const events: NewClockEvent[] = [];
    const deviceIds: (string | null)[] = [];
    for (const row of valid) {
      const employee = employees.get(row.nip);
      if (!employee) {
        reject(row.index, { code: 'UNKNOWN_NIP', detail: `No employee has NIP ${row.nip}.` });
        continue;
      }
      if (inDeviceScope && !inDeviceScope.has(`${employee.employeeId}|${localDateOf(row.instant, employee.timeZone ?? FALLBACK_ZONE)}`)) {
        reject(row.index, {
          code: 'OUT_OF_DEVICE_SCOPE',
          detail: `NIP ${row.nip} was not placed in this device's unit on the day of ${row.at}: the device records only its unit's people.`,
        });
        continue;
      }
      if (row.deviceId && !options.deviceId && !devices.has(row.deviceId)) {
        reject(row.index, { code: 'UNKNOWN_DEVICE', detail: `deviceId ${row.deviceId} is not a registered attendance device.` });
        continue;
      }
      const month = yearMonthOf(localDateOf(row.instant, employee.timeZone ?? FALLBACK_ZONE));
      if (!openMonths.has(month)) openMonths.set(month, await this.periods.isOpen(month));
      if (!openMonths.get(month)) {
        reject(row.index, { code: 'MONTH_CLOSED', detail: `${month} is closed: its attendance changes only through HR corrections of the statement.` });
        continue;
      }
      events.push({ employeeId: employee.employeeId, at: row.at, direction: row.direction });
      deviceIds.push(options.deviceId ?? row.deviceId);
    }
    for (const [month, open] of openMonths) if (open) await this.periods.assertOpen(month);

    const inserted = await this.store.append(events, { source: options.source, deviceIds, reason: options.reason ?? null });
    const report = { accepted: inserted, duplicates: events.length - inserted, rejected: rejected.sort((a, b) => a.index - b.index) };
    return { report, audit: this.auditOf(options, rows.length, report) };
  }

  /**
   * One event of an employee known by id — the employee clocking now, or HR's correction: no NIP lookup, the
   * zone of the day from the (cached) placement, one INSERT that returns the stored row.
   */
  async takeOne(employeeId: string, at: string, direction: ClockDirection | null, options: IntakeOptions): Promise<TakenClockEvent> {
    const instant = this.instantOf(at);
    if (!(instant instanceof Date)) throw refusal(instant);
    const { localDate, timeZone } = await this.localDayOf(employeeId, instant);
    const month = yearMonthOf(localDate);
    if (options.correctedBy) await this.periods.assertCorrectable(options.correctedBy, [month]);
    else await this.periods.assertOpen(month);
    const stored = await this.store.appendOne({ employeeId, at, direction }, { source: options.source, reason: options.reason ?? null });
    // Only a duplicate is looked up again: an (employee, instant) stored before is the answer.
    const event = stored ?? (await this.store.find(employeeId, instant))!;
    const report = { accepted: stored ? 1 : 0, duplicates: stored ? 0 : 1, rejected: [] };
    return { event, duplicate: stored === null, localDate, timeZone, audit: this.auditOf(options, 1, report) };
  }

  /** For a device of a unit: the (employee, local day) pairs of the batch placed in its subtree; null when every row may pass. */
  private async placedInDeviceScope(
    rows: ValidRow[],
    employees: Map<string, { employeeId: string; timeZone: string | null }>,
    deviceUnitId: string | null,
  ): Promise<Set<string> | null> {
    if (deviceUnitId === null) return null;
    const pairs = rows.flatMap((row) => {
      const employee = employees.get(row.nip);
      return employee ? [{ employeeId: employee.employeeId, date: localDateOf(row.instant, employee.timeZone ?? FALLBACK_ZONE) }] : [];
    });
    return this.unitTree.placedInSubtreeOn(deviceUnitId, pairs);
  }

  /** The day an instant counts for: its local date in the zone of the employee's unit that day. */
  async localDayOf(employeeId: string, instant: Date): Promise<{ localDate: LocalDate; timeZone: string }> {
    const guess = localDateOf(instant, FALLBACK_ZONE);
    let timeZone = (await this.placements.zoneOn(employeeId, guess)) ?? FALLBACK_ZONE;
    let localDate = localDateOf(instant, timeZone);
    // East of Jakarta the local day may already be the next one, which may place the employee elsewhere.
    if (localDate !== guess) {
      timeZone = (await this.placements.zoneOn(employeeId, localDate)) ?? FALLBACK_ZONE;
      localDate = localDateOf(instant, timeZone);
    }
    return { localDate, timeZone };
  }

  private auditOf(options: IntakeOptions, rows: number, report: IntakeReport): AuditEntry {
    return {
      action: options.source === 'DEVICE' ? 'PushDeviceClockEvents' : options.source === 'CORRECTION' ? 'CorrectClockEvent' : 'RecordClockEvents',
      targetType: options.deviceId ? 'AttendanceDevice' : 'ClockEventBatch',
      targetId: options.deviceId ?? newId(),
      reason: options.reason ?? null,
      after: { source: options.source, rows, accepted: report.accepted, duplicates: report.duplicates, rejected: report.rejected.length },
    };
  }

  private instantOf(at: unknown): Date | Problem {
    const instant = typeof at === 'string' && INSTANT_RE.test(at) ? new Date(at) : null;
    if (instant === null || Number.isNaN(instant.getTime())) {
      return { code: 'INVALID_INSTANT', detail: 'at must be an ISO 8601 instant with an offset, e.g. 2026-06-15T07:29:00+07:00.' };
    }
    if (instant.getTime() > this.clock.now().getTime() + FUTURE_TOLERANCE_MS) {
      return { code: 'INSTANT_IN_FUTURE', detail: `at ${at as string} lies in the future: check the device's clock.` };
    }
    return instant;
  }

  private parse(rows: unknown[], options: IntakeOptions, reject: (index: number, problem: Problem) => void): ValidRow[] {
    const valid: ValidRow[] = [];
    rows.forEach((raw, index) => {
      const problem = (code: string, detail: string) => reject(index, { code, detail });
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return problem('INVALID_ROW', 'Each row must be an object {nip, at, direction?, deviceId?}.');
      const row = raw as Record<string, unknown>;
      if (typeof row.nip !== 'string' || !NIP_RE.test(row.nip)) return problem('INVALID_NIP', 'nip must be the 18-digit NIP as a string.');
      const instant = this.instantOf(row.at);
      if (!(instant instanceof Date)) return reject(index, instant);
      const direction = row.direction ?? null;
      if (direction !== null && direction !== 'IN' && direction !== 'OUT') return problem('INVALID_DIRECTION', 'direction must be IN, OUT or left out.');
      const deviceId = row.deviceId ?? null;
      if (deviceId !== null && (typeof deviceId !== 'string' || !UUID_RE.test(deviceId))) return problem('INVALID_DEVICE_ID', 'deviceId must be a device id (uuid).');
      if (options.deviceId && deviceId !== null && deviceId !== options.deviceId) {
        return problem('DEVICE_MISMATCH', 'A device posts only its own events: deviceId must be left out or be this device.');
      }
      valid.push({ index, nip: row.nip, at: row.at as string, instant, direction, deviceId: deviceId });
    });
    return valid;
  }
}

/** A single event refused: the HTTP answer names `at`, as the batch report would name the row. */
function refusal(problem: Problem): DomainError {
  return new DomainError('validation', problem.code, problem.detail, [{ field: 'at', code: problem.code, message: problem.detail }]);
}

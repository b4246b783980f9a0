import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock } from '../../../shared-kernel/clock';
import { newId } from '../../../shared-kernel/ids';
import { yearMonthOf } from '../../../shared-kernel/year-month';
import { localDateOf } from '../../../shared-kernel/zone';
import { AuditLog } from '../../../platform/audit/audit-log';
import { UnitOfWork } from '../../../platform/database/unit-of-work';
import { PeriodLock } from '../../../platform/period-lock/period-lock';
import { EmployeeProfilesFacade } from '../../organization/public/employee-profiles.facade';
import { ClockDirection } from '../domain/clock-event';
import { AttendanceRepository, ClockEventSource, NewClockEvent } from '../infrastructure/persistence/attendance.repository';

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
  reason?: string | null;
}

const NIP_RE = /^\d{18}$/;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const FALLBACK_ZONE = 'Asia/Jakarta';
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

/**
 * The one way clock events enter the system, from the employee, a device or an HR import: each row is checked
 * on its own and refused with a reason instead of failing the batch; the rest go in with one multi-row INSERT
 * in the caller's transaction, where an (employee, instant) already stored counts as a duplicate.
 */
@Injectable()
export class ClockEventIntake {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: AttendanceRepository,
    private readonly profiles: EmployeeProfilesFacade,
    private readonly periods: PeriodLock,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async take(rows: unknown[], options: IntakeOptions): Promise<IntakeReport> {
    return this.uow.run(async () => {
      const rejected: IntakeReport['rejected'] = [];
      const reject = (index: number, code: string, detail: string) => rejected.push({ index, code, detail });
      const valid = this.parse(rows, options, reject);

      const employees = await this.profiles.employeesByNips([...new Set(valid.map((r) => r.nip))]);
      const devices = options.deviceId ? new Set<string>() : await this.repo.devicesExisting([...new Set(valid.flatMap((r) => (r.deviceId ? [r.deviceId] : [])))]);
      const openMonths = new Map<string, boolean>();
      const events: NewClockEvent[] = [];
      const deviceIds: (string | null)[] = [];
      for (const row of valid) {
        const employee = employees.get(row.nip);
        if (!employee) {
          reject(row.index, 'UNKNOWN_NIP', `No employee has NIP ${row.nip}.`);
          continue;
        }
        if (row.deviceId && !options.deviceId && !devices.has(row.deviceId)) {
          reject(row.index, 'UNKNOWN_DEVICE', `deviceId ${row.deviceId} is not a registered attendance device.`);
          continue;
        }
        const month = yearMonthOf(localDateOf(row.instant, employee.timeZone ?? FALLBACK_ZONE));
        if (!openMonths.has(month)) openMonths.set(month, await this.periods.isOpen(month));
        if (!openMonths.get(month)) {
          reject(row.index, 'MONTH_CLOSED', `${month} is closed: its attendance changes only through HR corrections of the statement.`);
          continue;
        }
        events.push({ employeeId: employee.employeeId, at: row.at, direction: row.direction });
        deviceIds.push(options.deviceId ?? row.deviceId);
      }
      for (const [month, open] of openMonths) if (open) await this.periods.assertOpen(month);

      const inserted = await this.repo.insertClockEvents(events, { source: options.source, deviceIds, reason: options.reason ?? null });
      const report = { accepted: inserted, duplicates: events.length - inserted, rejected: rejected.sort((a, b) => a.index - b.index) };
      await this.audit.record({
        action: options.source === 'DEVICE' ? 'PushDeviceClockEvents' : options.source === 'CORRECTION' ? 'CorrectClockEvent' : 'RecordClockEvents',
        targetType: options.deviceId ? 'AttendanceDevice' : 'ClockEventBatch',
        targetId: options.deviceId ?? newId(),
        reason: options.reason ?? null,
        after: { source: options.source, rows: rows.length, accepted: report.accepted, duplicates: report.duplicates, rejected: rejected.length },
      });
      return report;
    });
  }

  private parse(rows: unknown[], options: IntakeOptions, reject: (index: number, code: string, detail: string) => void): ValidRow[] {
    const latest = this.clock.now().getTime() + FUTURE_TOLERANCE_MS;
    const valid: ValidRow[] = [];
    rows.forEach((raw, index) => {
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return reject(index, 'INVALID_ROW', 'Each row must be an object {nip, at, direction?, deviceId?}.');
      const row = raw as Record<string, unknown>;
      if (typeof row.nip !== 'string' || !NIP_RE.test(row.nip)) return reject(index, 'INVALID_NIP', 'nip must be the 18-digit NIP as a string.');
      const instant = typeof row.at === 'string' && INSTANT_RE.test(row.at) ? new Date(row.at) : null;
      if (instant === null || Number.isNaN(instant.getTime())) {
        return reject(index, 'INVALID_INSTANT', 'at must be an ISO 8601 instant with an offset, e.g. 2026-06-15T07:29:00+07:00.');
      }
      if (instant.getTime() > latest) return reject(index, 'INSTANT_IN_FUTURE', `at ${row.at} lies in the future: check the device's clock.`);
      const direction = row.direction ?? null;
      if (direction !== null && direction !== 'IN' && direction !== 'OUT') return reject(index, 'INVALID_DIRECTION', 'direction must be IN, OUT or left out.');
      const deviceId = row.deviceId ?? null;
      if (deviceId !== null && (typeof deviceId !== 'string' || !UUID_RE.test(deviceId))) return reject(index, 'INVALID_DEVICE_ID', 'deviceId must be a device id (uuid).');
      if (options.deviceId && deviceId !== null && deviceId !== options.deviceId) {
        return reject(index, 'DEVICE_MISMATCH', 'A device posts only its own events: deviceId must be left out or be this device.');
      }
      valid.push({ index, nip: row.nip, at: row.at as string, instant, direction, deviceId: deviceId as string | null });
    });
    return valid;
  }
}

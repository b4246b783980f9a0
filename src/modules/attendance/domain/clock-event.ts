import { DomainEvent } from '../../../shared-kernel/domain-event';
import { LocalDate } from '../../../shared-kernel/local-date';
import { localDateOf } from '../../../shared-kernel/zone';
import { AttendancePolicy } from './attendance-policy';
import { DayObligation, dutyPeriodOf } from './day-obligation';

export type ClockDirection = 'IN' | 'OUT';

/** A presensi: an instant (UTC) and, when the device knows it, a direction. */
export interface ClockEvent {
  readonly at: Date;
  readonly direction: ClockDirection | null;
}

const MINUTE_MS = 60_000;

/**
 * The clock events that belong to one day of one employee. An office day takes the events of its local date;
 * a shift takes those within [start − before, end + after] of the policy, so a night shift's clock-out after
 * midnight still counts for the date the shift starts. A day without an obligation (holiday, off) takes its
 * local date.
 */
export function clockEventsBelongingToDay(events: readonly ClockEvent[], date: LocalDate, zone: string, obligation: DayObligation | null, policy: AttendancePolicy): ClockEvent[] {
  if (obligation?.kind !== 'SHIFT') return events.filter((e) => localDateOf(e.at, zone) === date);
  const duty = dutyPeriodOf(date, zone, obligation);
  const { minutesBeforeStart, minutesAfterEnd } = policy.props.shiftEventWindow;
  const from = duty.start.getTime() - minutesBeforeStart * MINUTE_MS;
  const to = duty.end.getTime() + minutesAfterEnd * MINUTE_MS;
  return events.filter((e) => e.at.getTime() >= from && e.at.getTime() <= to);
}

export type ClockEventSource = 'SELF' | 'DEVICE' | 'IMPORT' | 'CORRECTION';

/**
 * HR added a clock event afterwards, for a punch the device lost: it changes the classification of a day
 * that may already have been paid, so it leaves the module.
 */
export interface ClockEventCorrected extends DomainEvent {
  readonly type: 'ClockEventCorrected';
  readonly clockEventId: string;
  readonly employeeId: string;
  readonly at: string;
  readonly direction: ClockDirection | null;
  readonly reason: string;
  /** The day the event counts for, in the zone of the employee's unit that day. */
  readonly localDate: LocalDate;
  readonly timeZone: string;
}

/**
 * HR struck a recorded punch out afterwards (a colleague's card, a device's wrong clock): the event stays on
 * record, marked void with the reason, and no longer counts for its day — which may already have been paid.
 */
export interface ClockEventVoided extends DomainEvent {
  readonly type: 'ClockEventVoided';
  readonly clockEventId: string;
  readonly employeeId: string;
  readonly at: string;
  readonly direction: ClockDirection | null;
  readonly reason: string;
  readonly localDate: LocalDate;
  readonly timeZone: string;
}

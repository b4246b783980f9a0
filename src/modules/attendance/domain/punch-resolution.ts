import { ClockEvent } from './clock-event';
import { DutyPeriod, midpointOf } from './day-obligation';

export interface ClockInOut {
  readonly clockIn: Date | null;
  readonly clockOut: Date | null;
}

/**
 * The first IN and the last OUT of a day (rules.md §2.3). Untyped device punches take part as well: of several,
 * the earliest is an IN and the latest an OUT; a single one is an IN before the duty's midpoint, else an OUT.
 */
export function firstInLastOut(events: readonly ClockEvent[], duty: DutyPeriod): ClockInOut {
  const ins = events.filter((e) => e.direction === 'IN').map((e) => e.at);
  const outs = events.filter((e) => e.direction === 'OUT').map((e) => e.at);
  const untyped = events
    .filter((e) => e.direction === null)
    .map((e) => e.at)
    .sort(byTime);
  if (untyped.length === 1) {
    (untyped[0] < midpointOf(duty) ? ins : outs).push(untyped[0]);
  } else if (untyped.length > 1) {
    ins.push(untyped[0]);
    outs.push(untyped[untyped.length - 1]);
  }
  return { clockIn: ins.sort(byTime)[0] ?? null, clockOut: outs.sort(byTime)[outs.length - 1] ?? null };
}

function byTime(a: Date, b: Date): number {
  return a.getTime() - b.getTime();
}

import { Percent } from '../../../shared-kernel/percent';
import { LatenessBandNumber } from './attendance-code';
import { AttendancePolicy } from './attendance-policy';

/**
 * The band (1–4, the same for late arrival TL and early leave PSW) of a number of whole minutes, or null when
 * the minutes fall below the first band (on time).
 */
export function latenessBandFor(minutes: number, policy: AttendancePolicy): LatenessBandNumber | null {
  const index = policy.props.bands.findIndex((b) => minutes >= b.fromMinutes && (b.toMinutes === null || minutes <= b.toMinutes));
  return index < 0 ? null : ((index + 1) as LatenessBandNumber);
}

/** A missing clock-in or clock-out counts as the worst band [S29]. */
export const MISSING_CLOCK_EVENT_BAND: LatenessBandNumber = 4;

export function latenessBandPercent(band: LatenessBandNumber, policy: AttendancePolicy): Percent {
  return Percent.of(policy.props.bands[band - 1].percent);
}

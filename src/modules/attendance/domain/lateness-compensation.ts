import { AttendancePolicy } from './attendance-policy';

const MINUTE_MS = 60_000;

/**
 * Lateness compensation (PermenPANRB 6/2018 pattern [S22]): a lateness of 1 to `tolerance` minutes is forgiven
 * when the employee stays at least as many minutes past the scheduled end; the day then counts as on time.
 */
export function isLatenessCompensated(lateMinutes: number, clockOut: Date | null, scheduledEnd: Date, policy: AttendancePolicy): boolean {
  const { enabled, toleranceMinutes } = policy.props.latenessCompensation;
  if (!enabled || clockOut === null || lateMinutes < 1 || lateMinutes > toleranceMinutes) return false;
  return clockOut.getTime() >= scheduledEnd.getTime() + lateMinutes * MINUTE_MS;
}

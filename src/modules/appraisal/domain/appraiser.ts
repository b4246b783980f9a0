import { Id } from '../../../shared-kernel/ids';

/**
 * A Plt (formal acting head) or Plh (day-to-day stand-in) holds the position's appraisal authority while
 * appointed; the kind is recorded so that a rating given in an acting capacity can be recognised later.
 */
export type ActingKind = 'PLT' | 'PLH';

/** Someone who rates or decides, as the organization context resolves them for a date. */
export interface Appraiser {
  readonly employeeId: Id;
  readonly acting: ActingKind | null;
}

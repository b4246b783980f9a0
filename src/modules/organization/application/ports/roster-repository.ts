import { RosterEntry } from '../../domain/shift';

export abstract class RosterRepository {
  /** A later entry for the same employee and date replaces the earlier one. */
  abstract put(entries: readonly RosterEntry[]): Promise<void>;
}

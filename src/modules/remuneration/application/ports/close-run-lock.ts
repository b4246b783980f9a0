/**
 * Every instance schedules the close; this makes it run once. `work` runs only when no other process is
 * running the same close, and the hold ends with the process, so a crashed close can be resumed.
 */
export abstract class CloseRunLock {
  /** Runs `work` and returns true, or returns false at once when another process holds `name`. */
  abstract runExclusively(name: string, work: () => Promise<void>): Promise<boolean>;
}

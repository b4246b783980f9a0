import { Clock } from '../../src/shared-kernel/clock';

/** A clock a test sets by hand, so that windows and deadlines are tested on fixed dates. */
export class TestClock implements Clock {
  private instant: Date;

  constructor(instant: string | Date = new Date()) {
    this.instant = new Date(instant);
  }

  now(): Date {
    return new Date(this.instant.getTime());
  }

  set(instant: string | Date): void {
    this.instant = new Date(instant);
  }
}

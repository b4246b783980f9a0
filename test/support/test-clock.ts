import { Clock } from '../../src/shared-kernel/clock';

/** A clock a test sets by hand, so that dates such as "rated on" and objection windows are deterministic. */
export class TestClock implements Clock {
  private instant: Date;

  constructor(iso: string) {
    this.instant = new Date(iso);
  }

  now(): Date {
    return new Date(this.instant.getTime());
  }

  set(iso: string): void {
    this.instant = new Date(iso);
  }
}

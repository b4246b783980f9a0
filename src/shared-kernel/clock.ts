/** The source of "now", injected so that rules about windows and deadlines can be tested at any instant. */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('Clock');

export const systemClock: Clock = { now: () => new Date() };

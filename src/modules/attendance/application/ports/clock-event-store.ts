import { ClockDirection, ClockEventSource } from '../../domain/clock-event';

export interface NewClockEvent {
  employeeId: string;
  /** ISO 8601 instant. */
  at: string;
  direction: ClockDirection | null;
}

export interface Provenance {
  source: ClockEventSource;
  deviceIds?: (string | null)[];
  reason?: string | null;
}

export interface StoredClockEvent {
  employeeId: string;
  at: Date;
  direction: ClockDirection | null;
}

export interface RecordedClockEvent {
  id: string;
  at: Date;
  direction: ClockDirection | null;
  source: ClockEventSource;
}

export interface ListedClockEvent {
  id: string;
  at: string;
  direction: ClockDirection | null;
  source: ClockEventSource;
  deviceId: string | null;
  reason: string | null;
  recordedAt: string;
  /** Set once HR voided it: it no longer counts, and stays listed with why. */
  voidedAt: string | null;
  voidReason: string | null;
}

/** An event as a void finds it, held until the voiding transaction ends. */
export interface HeldClockEvent {
  id: string;
  employeeId: string;
  at: Date;
  direction: ClockDirection | null;
  voided: boolean;
}

/** Clock events are appended, never edited: an (employee, instant) already stored is a duplicate. */
export abstract class ClockEventStore {
  /** Appends a batch in one statement, skipping duplicates; returns how many went in. */
  abstract append(events: NewClockEvent[], provenance: Provenance): Promise<number>;
  /** Appends one event and returns it as stored, or null when it is a duplicate. */
  abstract appendOne(event: NewClockEvent, provenance: Provenance): Promise<RecordedClockEvent | null>;
  abstract find(employeeId: string, at: Date): Promise<RecordedClockEvent | null>;
  /** The events that count (voided ones left out). */
  abstract between(employeeIds: string[], from: Date, to: Date): Promise<StoredClockEvent[]>;
  /** null when no event has this id. */
  abstract holdForVoid(id: string): Promise<HeldClockEvent | null>;
  abstract markVoided(id: string, void_: { at: Date; reason: string; by: string }): Promise<void>;
  abstract list(employeeId: string, from: Date, to: Date): Promise<ListedClockEvent[]>;
}

/**
 * Something that happened to an aggregate, named in the past tense (`AbsenceApproved`). A command
 * handler returns the events its aggregates recorded; the command pipeline turns each into an outbox
 * row through the module's translator, so no event is ever built and dropped.
 */
export interface DomainEvent {
  readonly type: string;
}

/** An aggregate records what happened to it; the handler pulls the events once, after calling it. */
export abstract class AggregateRoot<E extends DomainEvent = DomainEvent> {
  private recorded: E[] = [];

  protected record(event: E): void {
    this.recorded.push(event);
  }

  pullEvents(): E[] {
    const events = this.recorded;
    this.recorded = [];
    return events;
  }
}

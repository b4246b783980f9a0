import { Injectable } from '@nestjs/common';
import { DomainEvent } from '../../shared-kernel/domain-event';
import { NewIntegrationEvent } from '../outbox/outbox';

export type Translate<E extends DomainEvent> = (event: E) => NewIntegrationEvent<unknown>;

/**
 * How each domain event leaves its module: the module that owns an event type registers, at start-up,
 * the versioned integration event (its `public/` contract) the event becomes. An event type nobody
 * registered is a programming error, reported loudly instead of the event being silently dropped.
 */
@Injectable()
export class IntegrationEventTranslators {
  private readonly translators = new Map<string, Translate<DomainEvent>>();

  register<E extends DomainEvent>(domainEventType: string, translate: Translate<E>): void {
    if (this.translators.has(domainEventType)) throw new Error(`Domain event ${domainEventType} already has a translator`);
    this.translators.set(domainEventType, translate as Translate<DomainEvent>);
  }

  translate(event: DomainEvent): NewIntegrationEvent<unknown> {
    const translate = this.translators.get(event.type);
    if (!translate) throw new Error(`Domain event ${event.type} has no integration event translator: register one in its module`);
    return translate(event);
  }
}

import { Injectable } from '@nestjs/common';
import { CommittedEventFeed } from '../../../../platform/outbox/committed-event-feed';
import { IntegrationEvent } from '../../../../platform/outbox/integration-event';
import { ALLOWANCE_ADJUSTED_V1, ALLOWANCE_POSTED_V1 } from '../../public/events';

/** A CloudEvents 1.0 JSON envelope; `id` is the outbox event's, stable across redelivery. */
export interface CloudEvent {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  subject: string | null;
  time: string;
  datacontenttype: 'application/json';
  data: unknown;
}

const PAYROLL_EVENT_TYPES = [ALLOWANCE_POSTED_V1, ALLOWANCE_ADJUSTED_V1];

/** The envelope the feed serves and webhooks deliver: the same bytes either way, so one signature check fits both. */
export function toCloudEvent(e: IntegrationEvent): CloudEvent {
  return { specversion: '1.0', id: e.id, source: e.source, type: e.type, subject: e.subject, time: e.occurredAt, datacontenttype: 'application/json', data: e.data };
}

/** The payroll feed: every statement version, oldest first, in commit order (see CommittedEventFeed). */
@Injectable()
export class PayrollEvents {
  constructor(private readonly feed: CommittedEventFeed) {}

  async page(after: string | undefined, limit: number): Promise<{ events: CloudEvent[]; next: string | null }> {
    const { events, next } = await this.feed.read(PAYROLL_EVENT_TYPES, after, limit);
    return { events: events.map(toCloudEvent), next };
  }
}

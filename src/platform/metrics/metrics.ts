import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

/**
 * What an operator watches, in Prometheus's text format: request rates and latencies per route
 * pattern (never per raw URL, which would grow without bound), and how far the outbox relay is behind.
 * One registry per application instance, so that two apps in one process (tests) do not collide.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'],
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method and route pattern',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor(dataSource: DataSource) {
    new Gauge({
      name: 'outbox_pending_events',
      help: 'Integration events committed but not yet delivered',
      registers: [this.registry],
      collect: async function () {
        const [row] = await dataSource.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM platform.outbox WHERE published_at IS NULL AND dead_lettered_at IS NULL`);
        this.set(row.n);
      },
    });
    new Gauge({
      name: 'outbox_dead_letters',
      help: 'Integration events set aside after too many failed deliveries, waiting for HR to replay them',
      registers: [this.registry],
      collect: async function () {
        const [row] = await dataSource.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM platform.outbox WHERE dead_lettered_at IS NOT NULL AND published_at IS NULL`);
        this.set(row.n);
      },
    });
    new Gauge({
      name: 'outbox_lag_seconds',
      help: 'Age of the oldest undelivered integration event (0 when none waits)',
      registers: [this.registry],
      collect: async function () {
        const [row] = await dataSource.query<Array<{ lag: number }>>(
          `SELECT coalesce(extract(epoch FROM now() - min(occurred_at)), 0)::float8 AS lag FROM platform.outbox WHERE published_at IS NULL AND dead_lettered_at IS NULL`,
        );
        this.set(row.lag);
      },
    });
  }

  /**
   * A gauge a module reads when Prometheus scrapes: the platform cannot know a module's tables, so the
   * module hands over how to read the current series (one per label set; a series not returned is dropped).
   */
  gauge(name: string, help: string, labelNames: string[], read: () => Promise<Array<{ labels: Record<string, string>; value: number }>>): void {
    new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      collect: async function () {
        this.reset();
        for (const series of await read()) this.set(series.labels, series.value);
      },
    });
  }

  observe(method: string, route: string, status: number, seconds: number): void {
    this.requests.inc({ method, route, status: String(status) });
    this.latency.observe({ method, route }, seconds);
  }
}

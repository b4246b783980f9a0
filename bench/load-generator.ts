/**
 * The load generator of the benchmarks, run as a child process (`child_process.fork`) so that autocannon does
 * not share the event loop and the CPU time of the application it measures (benchmarks.md: "a second process").
 * The parent sends one JSON-serialisable job per message and gets back the autocannon summary.
 */
import { addDays } from '../src/shared-kernel/local-date';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon');

/** Bodies of POST /activities: each a distinct one-minute slot (employees × 5 past days × 450 minutes). */
export interface ActivitySlots {
  loggers: Array<{ id: string; token: string }>;
  today: string;
  /** The first slot of this job; the parent carries the count over from job to job. */
  start: number;
  /** Send the logger's bearer token (the app); the floor takes none. */
  withToken: boolean;
}

/** Bodies of POST /attendance/clock: the callers take turns, so each request is a distinct employee's write. */
export interface ClockCallers {
  callers: Array<{ id: string; token: string }>;
  start: number;
  /** The app: the caller's bearer token; the floor: the employee id in the body instead. */
  withToken: boolean;
}

export interface LoadJob {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  connections: number;
  duration: number;
  slots?: ActivitySlots;
  clock?: ClockCallers;
}

export interface LoadResult {
  reqPerSec: number;
  p50: number;
  p99: number;
  non2xx: number;
  /** Slots consumed (POST jobs): where the next job starts. */
  used: number;
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export function activityBody(slots: ActivitySlots, n: number) {
  const who = slots.loggers[n % slots.loggers.length];
  const k = Math.floor(n / slots.loggers.length);
  const date = addDays(slots.today, -(1 + (k % 5)));
  const minute = Math.floor(k / 5) % 450;
  return { who, body: { date, startTime: hhmm(minute), endTime: hhmm(minute + 1), catalogCode: 'MIN', quantity: 1, description: 'Bench', additionalTask: true } };
}

function runJob(job: LoadJob): Promise<LoadResult> {
  let used = 0;
  const slots = job.slots;
  const opts: Record<string, unknown> = { url: job.url, connections: job.connections, duration: job.duration, method: job.method ?? 'GET', headers: job.headers };
  const clock = job.clock;
  if (clock) {
    opts.requests = [
      {
        setupRequest: (req: any) => {
          const who = clock.callers[(clock.start + used++) % clock.callers.length];
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (clock.withToken) headers.authorization = `Bearer ${who.token}`;
          return { ...req, headers, body: JSON.stringify(clock.withToken ? { direction: 'IN' } : { employeeId: who.id, direction: 'IN' }) };
        },
      },
    ];
  }
  if (slots) {
    opts.requests = [
      {
        setupRequest: (req: any) => {
          const { who, body } = activityBody(slots, slots.start + used++);
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (slots.withToken) headers.authorization = `Bearer ${who.token}`;
          return { ...req, headers, body: JSON.stringify(body) };
        },
      },
    ];
  }
  return new Promise((resolve, reject) =>
    autocannon(opts, (err: Error, r: any) =>
      err ? reject(err) : resolve({ reqPerSec: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx + r.errors + r.timeouts, used }),
    ),
  );
}

if (require.main === module) {
  process.on('message', (job: LoadJob) => {
    runJob(job).then(
      (result) => process.send!({ ok: true, result }),
      (err) => process.send!({ ok: false, error: String(err?.stack ?? err) }),
    );
  });
  process.on('disconnect', () => process.exit(0));
}

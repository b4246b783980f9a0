import { TestApp } from './test-app';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** HR's close answers 202 at once and computes behind it: waits until the month is CLOSED. */
export async function untilClosed(t: TestApp, token: string, month: string): Promise<{ month: string; status: string; closedAt: string; statementCount: number }> {
  for (let i = 0; i < 400; i++) {
    const period = (await t.get(`/api/v1/periods/${month}`, token)).body;
    if (period.status === 'CLOSED') return period;
    await sleep(50);
  }
  throw new Error(`${month} did not close`);
}

/**
 * The payroll feed hands out an event only once every transaction older than it has ended, in any database
 * of the server (transaction ids are server-wide), so right after a close it may still be holding events
 * back while another test file's long transaction runs. Waits until `count` events are out.
 */
export async function untilFeedHas(t: TestApp, token: string, count: number, query = ''): Promise<{ events: any[]; next: string | null }> {
  for (let i = 0; i < 600; i++) {
    const page = (await t.get(`/api/v1/payroll/events?limit=1000${query}`, token)).body;
    if (page.events.length >= count) return page;
    await sleep(100);
  }
  throw new Error(`the payroll feed did not reach ${count} events`);
}

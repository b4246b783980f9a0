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

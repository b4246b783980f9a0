import { mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DemoLogin, seedDemoMinistry } from '../../src/demo/demo-ministry';
import { startTestApp, TestApp } from '../support/test-app';
import { CHROMIUM, HAS_CHROMIUM } from './chromium';
export const describeInBrowser = HAS_CHROMIUM ? describe : describe.skip;

export const SCREENSHOTS = path.join(__dirname, '..', '..', 'reports', 'screenshots');

export const VIEWPORTS = {
  desktop: { width: 1280, height: 860 },
  phone: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

// No network beyond loopback here: the background-networking flags keep Chromium from dialling out.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ConsoleUnderTest {
  app: TestApp;
  base: string;
  logins: Record<string, DemoLogin>;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * The real server (the test app on its own database, listening on a loopback port) with the demo ministry
 * seeded as of the 20th of last month: the month before that is closed, last month is over but still open
 * (HR closes it in a test) and its last week waits in the demo supervisor's inbox. `env` adds settings (e.g. a
 * small evidence quota).
 */
export async function startConsole(env: Record<string, string> = {}): Promise<ConsoleUnderTest> {
  const app = await startTestApp(env);
  const now = new Date();
  const seededAs = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 20, 3));
  const logins = Object.fromEntries((await seedDemoMinistry(app.app, seededAs)).map((l) => [l.role, l]));
  await app.app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.app.getHttpServer().address() as { port: number };
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    app,
    base: `http://127.0.0.1:${address.port}`,
    logins,
    browser,
    close: async () => {
      await browser.close();
      await app.close();
    },
  };
}

export async function openPage(c: ConsoleUnderTest, viewport: ViewportName): Promise<Page> {
  const context = await c.browser.newContext({ viewport: VIEWPORTS[viewport], locale: 'id-ID' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(c.base + '/');
  return page;
}

export async function logIn(page: Page, login: DemoLogin): Promise<void> {
  await page.getByLabel('NIP atau nama pengguna').fill(login.username);
  await page.getByLabel('Kata sandi').fill(login.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('button', { name: 'Keluar' }).waitFor();
}

export async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Keluar' }).click();
  await page.getByRole('heading', { name: 'Masuk ke e-Kinerja' }).waitFor();
}

/** Opens a menu entry; on a phone the menu sits behind its button. */
export async function navigate(page: Page, entry: string): Promise<void> {
  const menuButton = page.getByRole('button', { name: 'Menu' });
  if (await menuButton.isVisible()) await menuButton.click();
  await page.getByRole('navigation').getByRole('link', { name: entry, exact: true }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core on the page as it is now: the serious and critical violations (none is the goal). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const result = await (globalThis as unknown as { axe: { run(o: unknown): Promise<{ violations: AxeViolation[] }> } }).axe.run({ resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A screenshot under reports/screenshots and the accessibility check, after every page a test visits. */
export async function checkpoint(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
}

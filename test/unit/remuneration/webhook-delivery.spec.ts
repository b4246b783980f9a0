import { backoffAfter, WebhookDelivery } from '../../../src/modules/remuneration/domain/webhooks/webhook-delivery';
import { PayrollWebhook } from '../../../src/modules/remuneration/domain/webhooks/payroll-webhook';
import { WebhookUrlMustBeHttpRule } from '../../../src/modules/remuneration/domain/rules/webhook-url-must-be-http.rule';

const start = new Date('2026-07-01T00:00:00Z');
const pending = () =>
  WebhookDelivery.restore({
    id: 'd',
    webhookId: 'w',
    eventId: 'e',
    eventType: 'remuneration.allowance-posted.v1',
    subject: null,
    status: 'PENDING',
    attempts: 0,
    nextAttemptAt: start,
    lastStatusCode: null,
    lastError: null,
    deliveredAt: null,
    deadLetteredAt: null,
    createdAt: start,
  });
const failed = { delivered: false as const, statusCode: 500, error: 'the receiver answered 500' };

describe('a webhook delivery', () => {
  it('backs off exponentially from one minute, at most six hours', () => {
    expect([1, 2, 3, 4, 10, 30].map(backoffAfter)).toEqual([60_000, 120_000, 240_000, 480_000, 6 * 3_600_000, 6 * 3_600_000]);
  });

  it('is retried after each failure and delivered on a 2xx', () => {
    const d = pending();
    expect(d.recordAttempt(failed, start, 8)).toBe(true);
    expect(d.snapshot()).toMatchObject({ status: 'PENDING', attempts: 1, nextAttemptAt: new Date(start.getTime() + 60_000), lastStatusCode: 500 });
    d.recordAttempt({ delivered: true, statusCode: 204 }, start, 8);
    expect(d.snapshot()).toMatchObject({ status: 'DELIVERED', attempts: 2, deliveredAt: start, lastError: null });
    expect(d.recordAttempt(failed, start, 8)).toBe(false);
  });

  it('is a dead letter once the limit of attempts failed', () => {
    const d = pending();
    for (let i = 0; i < 3; i++) d.recordAttempt(failed, start, 3);
    expect(d.snapshot()).toMatchObject({ status: 'DEAD', attempts: 3, deadLetteredAt: start });
  });
});

describe('WebhookUrlMustBeHttpRule', () => {
  it.each(['https://payroll.example.go.id/hooks', 'http://127.0.0.1:8080/x'])('holds for %s', (url) => expect(new WebhookUrlMustBeHttpRule(url).isBroken()).toBe(false));
  it.each(['ftp://x/y', 'javascript:alert(1)', 'relative/path', 'https://user:pw@host/x', 'file:///etc/passwd'])('is broken for %s, naming url', (url) => {
    const rule = new WebhookUrlMustBeHttpRule(url);
    expect(rule.isBroken()).toBe(true);
    expect(rule.error().fieldErrors.map((e) => e.field)).toEqual(['url']);
  });
});

describe('a payroll webhook', () => {
  it.each([
    [' HTTP://Payroll.example/x', 'http://payroll.example/x'],
    ['http:/payroll.example', 'http://payroll.example/'],
  ])('keeps %j as the address the sender calls, %s', (url, href) => {
    expect(PayrollWebhook.register('w', url, 'sealed', start).url).toBe(href);
  });
});

import { startTestApp, TestApp } from '../support/test-app';

const METRICS_TOKEN = 'operators-scrape-token-0123456789abcdef';

describe('operations: security headers, body limit and /metrics for the operators only', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ METRICS_TOKEN });
  });
  afterAll(() => t.close());

  it('every answer carries the security headers, the API docs page included', async () => {
    for (const path of ['/health/live', '/api/v1/me', '/docs']) {
      const res = await t.get(path);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['strict-transport-security']).toContain('max-age=');
      expect(String(res.headers['content-security-policy'])).toContain("default-src 'self'");
    }
    expect((await t.get('/docs')).status).toBe(200);
  });

  it('over plain http the CSP does not upgrade requests to https (a phone on the LAN loads the console); over https it does', async () => {
    const csp = async (app: TestApp, headers: Record<string, string> = {}) => String((await app.request('GET', '/', { headers })).headers['content-security-policy']);
    expect(await csp(t)).toContain("script-src 'self'");
    expect(await csp(t)).not.toContain('upgrade-insecure-requests');
    // Without TRUST_PROXY nobody vouches for X-Forwarded-Proto: the request is the socket's, plain http.
    expect(await csp(t, { 'x-forwarded-proto': 'https' })).not.toContain('upgrade-insecure-requests');
    const proxied = await startTestApp({ TRUST_PROXY: '1' });
    try {
      expect(await csp(proxied, { 'x-forwarded-proto': 'https' })).toMatch(/;upgrade-insecure-requests$/);
      expect(await csp(proxied, { 'x-forwarded-proto': 'http' })).not.toContain('upgrade-insecure-requests');
    } finally {
      await proxied.close();
    }
  });

  it('a body over the limit is refused with 413 problem+json before any handler runs', async () => {
    const huge = JSON.stringify({ direction: 'IN', padding: 'x'.repeat(6 * 1024 * 1024) });
    const res = await t.request('POST', '/api/v1/attendance/clock', { body: huge, token: await t.adminToken() });
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('/metrics answers the scraper token with request rates, latencies and the outbox lag', async () => {
    await t.get('/health/live');
    const res = await t.request('GET', '/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.status).toBe(200);
    expect(String(res.headers['content-type'])).toContain('text/plain');
    expect(res.body).toMatch(/http_requests_total\{method="GET",route="\/health\/live",status="200"\} \d+/);
    expect(res.body).toContain('http_request_duration_seconds_bucket');
    expect(res.body).toMatch(/outbox_lag_seconds \d/);
    expect(res.body).toMatch(/outbox_pending_events \d/);
    expect(res.body).toMatch(/outbox_dead_letters \d/);
  });

  it('/metrics refuses everyone else: no token, a wrong token, even the HR administrator', async () => {
    expect((await t.get('/metrics')).status).toBe(401);
    expect((await t.request('GET', '/metrics', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await t.get('/metrics', await t.adminToken())).status).toBe(401);
  });

  it('/metrics does not exist where no token is configured', async () => {
    const plain = await startTestApp();
    try {
      expect((await plain.get('/metrics', await plain.adminToken())).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});

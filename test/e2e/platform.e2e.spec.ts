import { startTestApp, TestApp } from '../support/test-app';

describe('platform: health, docs and problem+json', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports liveness and readiness', async () => {
    expect((await t.get('/health/live')).status).toBe(200);
    const ready = await t.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ok' });
  });

  it('serves the OpenAPI document', async () => {
    const doc = await t.get('/docs/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.paths['/api/v1/auth/login']).toBeDefined();
  });

  it('answers malformed JSON with problem+json', async () => {
    const res = await t.request('POST', '/api/v1/auth/login', { body: '{bad', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('INVALID_JSON');
  });

  it('names unknown fields and speaks Bahasa Indonesia on request', async () => {
    const res = await t.request('POST', '/api/v1/auth/login', {
      body: { username: 'x', password: 'y', extra: 1 },
      headers: { 'accept-language': 'id-ID,id;q=0.9' },
    });
    expect(res.status).toBe(400);
    expect(res.body.title).toBe('Permintaan tidak valid');
    expect(res.body.errors).toEqual([{ field: 'extra', code: 'whitelistValidation', message: 'isian ini tidak dikenal; hapus isian ini' }]);
  });

  it('answers unknown routes with a 404 problem', async () => {
    const res = await t.get('/api/v1/nowhere');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('ROUTE_NOT_FOUND');
  });
});

describe('the OpenAPI document covers the contract of api.md', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it.each([
    ['post', '/api/v1/auth/login'],
    ['post', '/api/v1/auth/refresh'],
    ['get', '/api/v1/me'],
    ['post', '/api/v1/units'],
    ['get', '/api/v1/units'],
    ['get', '/api/v1/units/{id}'],
    ['post', '/api/v1/positions'],
    ['get', '/api/v1/positions'],
    ['get', '/api/v1/positions/{id}'],
    ['post', '/api/v1/employees'],
    ['get', '/api/v1/employees'],
    ['get', '/api/v1/employees/{id}'],
    ['post', '/api/v1/employees/{id}/status-changes'],
    ['post', '/api/v1/employees/{id}/assignments'],
    ['post', '/api/v1/employees/{id}/assignments/{assignmentId}/end'],
    ['get', '/api/v1/employees/{id}/supervisor'],
    ['post', '/api/v1/holidays'],
    ['get', '/api/v1/holidays'],
    ['post', '/api/v1/employees/{id}/roles'],
  ])('%s %s', async (method, path) => {
    const doc = (await t.get('/docs/openapi.json')).body;
    expect(doc.paths[path]?.[method]).toBeDefined();
  });
});

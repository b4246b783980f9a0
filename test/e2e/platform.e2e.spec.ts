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

  it('refuses a deeply nested body as bad input instead of overflowing the stack', async () => {
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const res = await t.request('POST', '/api/v1/auth/login', { body: `{"username":"x","password":${deep}}` });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('TOO_DEEPLY_NESTED');
  });

  it('answers text PostgreSQL cannot store (NUL) with a 400 problem', async () => {
    const res = await t.post('/api/v1/auth/login', { username: 'a\u0000b', password: 'whatever' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('INVALID_VALUE');
  });

  it('answers URLs the router rejects with problem+json', async () => {
    const badEncoding = await t.get('/api/v1/units/%zz');
    expect(badEncoding.status).toBe(400);
    expect(badEncoding.headers['content-type']).toContain('application/problem+json');
    expect(badEncoding.body).toMatchObject({ status: 400, code: 'INVALID_URL' });

    const longParam = await t.get(`/api/v1/units/${'x'.repeat(300)}`);
    expect(longParam.status).toBe(414);
    expect(longParam.headers['content-type']).toContain('application/problem+json');
    expect(longParam.body).toMatchObject({ status: 414, code: 'URI_TOO_LONG', title: 'URI too long' });
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

describe('domain refusals in Bahasa Indonesia', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('explains a bad NIP in the language asked for, with the same code', async () => {
    const body = { nip: '198507142010013001', name: 'X', status: 'PNS', statusSince: '2015-01-01' };
    const token = await t.adminToken();
    const en = await t.request('POST', '/api/v1/employees', { body, token });
    const id = await t.request('POST', '/api/v1/employees', { body, token, headers: { 'accept-language': 'id' } });
    expect(en.body.errors[0]).toMatchObject({ field: 'nip', code: 'NIP_SEX_DIGIT', message: expect.stringContaining('sex') });
    expect(id.body.errors[0]).toMatchObject({ field: 'nip', code: 'NIP_SEX_DIGIT', message: expect.stringContaining('jenis kelamin') });
    expect(id.body.detail).toContain('jenis kelamin');
  });
});

import { startTestApp, TestApp } from '../support/test-app';

describe('organization: request validation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses a null password for a new employee instead of failing to hash it', async () => {
    const res = await t.post(
      '/api/v1/employees',
      { nip: '198507142010011003', name: 'Siti Rahma', status: 'PNS', statusSince: '2010-01-01', password: null },
      await t.adminToken(),
    );
    expect(res.status).toBe(400);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field: 'password', code: 'isString' }));
  });
});

import { Client } from 'pg';
import { startTestApp, TestApp } from '../support/test-app';
import { OrgBuilder } from '../support/org-builder';

describe('organization: every employee event reaches the outbox with the change that caused it', () => {
  let t: TestApp;
  let db: Client;
  let admin: string;
  let org: OrgBuilder;
  let ids: { unit: string; head: string; staff: string };

  beforeAll(async () => {
    t = await startTestApp();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    admin = await t.adminToken();
    org = new OrgBuilder(t, admin);
    const root = await org.unit('ROOT', null);
    const balai = await org.unit('BALAI', root.id, { type: 'UPT', timeZone: 'Asia/Makassar' });
    const head = await org.position('HEAD', balai.id, null, 'ADMINISTRATOR', 12);
    const staff = await org.position('STAFF', balai.id, head.id, 'PELAKSANA', 6);
    ids = { unit: balai.id, head: head.id, staff: staff.id };
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  const outbox = async (type: string, subject: string) =>
    (await db.query(`SELECT type, source, subject, payload FROM platform.outbox WHERE type = $1 AND subject = $2 ORDER BY position`, [type, subject])).rows;

  it('creating an employee publishes organization.employee-created.v1, keyed by NIP', async () => {
    const e = await org.employee('New Hire', { status: 'CPNS', since: '2025-03-01', password: null });
    expect(await outbox('organization.employee-created.v1', `employees/${e.nip}`)).toEqual([
      {
        type: 'organization.employee-created.v1',
        source: 'organization',
        subject: `employees/${e.nip}`,
        payload: { employeeId: e.id, nip: e.nip, name: 'New Hire', status: 'CPNS', statusSince: '2025-03-01' },
      },
    ]);
  });

  it('assigning publishes organization.employee-assigned.v1 with the unit of the post', async () => {
    const e = await org.employee('Assigned', { password: null });
    const a = await org.assign(e.id, ids.staff, 'DEFINITIVE', '2024-01-01');
    expect(await outbox('organization.employee-assigned.v1', `employees/${e.id}`)).toEqual([
      {
        type: 'organization.employee-assigned.v1',
        source: 'organization',
        subject: `employees/${e.id}`,
        payload: {
          id: a.id,
          assignmentId: a.id,
          employeeId: e.id,
          positionId: ids.staff,
          unitId: ids.unit,
          type: 'DEFINITIVE',
          startDate: '2024-01-01',
          endDate: null,
        },
      },
    ]);
  });

  it('ending an assignment publishes organization.assignment-ended.v1', async () => {
    const e = await org.employee('Leaving Post', { password: null });
    const a = await org.assign(e.id, ids.staff, 'DEFINITIVE', '2024-01-01');
    const res = await t.post(`/api/v1/employees/${e.id}/assignments/${a.id}/end`, { endDate: '2025-06-30', reason: 'transfer' }, admin);
    expect(res.status).toBe(201);
    expect(await outbox('organization.assignment-ended.v1', `employees/${e.id}`)).toEqual([
      {
        type: 'organization.assignment-ended.v1',
        source: 'organization',
        subject: `employees/${e.id}`,
        payload: { employeeId: e.id, assignmentId: a.id, endDate: '2025-06-30' },
      },
    ]);
  });

  it('a status change publishes organization.employee-status-changed.v1', async () => {
    const e = await org.employee('Studying', { password: null });
    const res = await t.post(`/api/v1/employees/${e.id}/status-changes`, { status: 'STUDY_ASSIGNMENT', effectiveDate: '2025-09-01' }, admin);
    expect(res.status).toBe(201);
    expect(await outbox('organization.employee-status-changed.v1', `employees/${e.id}`)).toEqual([
      {
        type: 'organization.employee-status-changed.v1',
        source: 'organization',
        subject: `employees/${e.id}`,
        payload: { employeeId: e.id, status: 'STUDY_ASSIGNMENT', effectiveDate: '2025-09-01' },
      },
    ]);
  });

  it('a refused change leaves no event behind', async () => {
    const e = await org.employee('Refused', { password: null });
    await org.assign(e.id, ids.staff, 'DEFINITIVE', '2024-01-01');
    const overlap = await t.post(`/api/v1/employees/${e.id}/assignments`, { positionId: ids.staff, type: 'DEFINITIVE', startDate: '2024-06-01' }, admin);
    expect(overlap.status).toBe(409);
    const twice = await t.post(`/api/v1/employees/${e.id}/status-changes`, { status: 'PNS', effectiveDate: '2025-01-01' }, admin);
    expect(twice.status).toBe(422);
    expect(await outbox('organization.employee-assigned.v1', `employees/${e.id}`)).toHaveLength(1);
    expect(await outbox('organization.employee-status-changed.v1', `employees/${e.id}`)).toHaveLength(0);
  });
});

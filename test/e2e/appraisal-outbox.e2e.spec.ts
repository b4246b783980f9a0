import { Client } from 'pg';
import { OrgBuilder, PASSWORD } from '../support/org-builder';
import { startTestApp, TestApp } from '../support/test-app';
import { TestClock } from '../support/test-clock';

type Person = { id: string; nip: string; token: string };

/**
 * Every event an appraisal records leaves the module through the outbox, in the transaction of the
 * command that recorded it: ROOT ── HEAD (head) ── APPRAISER (appraiser) ── STAFF (staff).
 */
describe('appraisal events in the outbox', () => {
  let t: TestApp;
  let db: Client;
  const clock = new TestClock('2026-05-04T03:00:00Z');
  const p: Record<string, Person> = {};
  let rootUnit: string;

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    const org = new OrgBuilder(t, await t.adminToken());
    rootUnit = (await org.unit('ROOT', null)).id;
    const head = await org.position('HEAD', rootUnit, null, 'JPT_PRATAMA', 14);
    const appraiser = await org.position('APPRAISER', rootUnit, head.id, 'PENGAWAS', 9);
    const staff = await org.position('STAFF', rootUnit, appraiser.id, 'PELAKSANA', 6);
    for (const [key, positionId] of [
      ['head', head.id],
      ['appraiser', appraiser.id],
      ['staff', staff.id],
    ]) {
      const e = await org.placed(`Person ${key}`, positionId);
      p[key] = { ...e, token: await t.login(e.nip, PASSWORD) };
    }
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  const outbox = async (type: string) =>
    (await db.query(`SELECT type, source, subject, payload FROM platform.outbox WHERE type = $1 AND subject = $2 ORDER BY position`, [type, p.staff.id])).rows;
  const rowsOf = async () => Number((await db.query(`SELECT count(*) n FROM platform.outbox WHERE source = 'appraisal'`)).rows[0].n);

  let appraisalId: string;

  it('a rating is announced as rating-changed with the months it prices and their multiplier', async () => {
    const res = await t.post('/api/v1/appraisals', { employeeId: p.staff.id, period: '2026-04', resultRating: 'BELOW', behaviourRating: 'AS_EXPECTED' }, p.appraiser.token);
    expect(res.status).toBe(201);
    appraisalId = res.body.id;
    expect(await outbox('appraisal.rating-changed.v1')).toEqual([
      {
        type: 'appraisal.rating-changed.v1',
        source: 'appraisal',
        subject: p.staff.id,
        payload: {
          appraisalId,
          employeeId: p.staff.id,
          period: '2026-04',
          kind: 'PERIODIC',
          months: ['2026-04'],
          version: 1,
          predikat: 'BUTUH_PERBAIKAN',
          previousPredikat: null,
          ratingMultiplier: '0.90',
          ratedOn: '2026-05-04',
        },
      },
    ]);
  });

  it('an objection is announced as objection-filed', async () => {
    const res = await t.post(`/api/v1/appraisals/${appraisalId}/objections`, { reason: 'Target saya tercapai.' }, p.staff.token);
    expect(res.status).toBe(201);
    expect(await outbox('appraisal.objection-filed.v1')).toEqual([
      {
        type: 'appraisal.objection-filed.v1',
        source: 'appraisal',
        subject: p.staff.id,
        payload: { appraisalId, employeeId: p.staff.id, period: '2026-04', objectionNumber: 1, againstVersion: 1, filedOn: '2026-05-04' },
      },
    ]);
  });

  it('a decision that changes the rating is announced as objection-decided and as a new version of the rating', async () => {
    clock.set('2026-05-06T03:00:00Z');
    const res = await t.post(
      `/api/v1/appraisals/${appraisalId}/objection-decision`,
      { outcome: 'CHANGE', reason: 'Bukti dukung lengkap.', resultRating: 'AS_EXPECTED', behaviourRating: 'AS_EXPECTED' },
      p.head.token,
    );
    expect(res.status).toBe(200);
    expect(await outbox('appraisal.objection-decided.v1')).toEqual([
      {
        type: 'appraisal.objection-decided.v1',
        source: 'appraisal',
        subject: p.staff.id,
        payload: { appraisalId, employeeId: p.staff.id, period: '2026-04', objectionNumber: 1, outcome: 'CHANGED', resultingVersion: 2, decidedOn: '2026-05-06' },
      },
    ]);
    const changes = await outbox('appraisal.rating-changed.v1');
    expect(changes).toHaveLength(2);
    expect(changes[1].payload).toMatchObject({
      version: 2,
      predikat: 'BAIK',
      previousPredikat: 'BUTUH_PERBAIKAN',
      ratingMultiplier: '1.00',
      months: ['2026-04'],
      ratedOn: '2026-05-06',
    });
  });

  it('an upheld objection is announced with no new version, and an annual rating prices no month', async () => {
    const annual = await t.post('/api/v1/appraisals', { employeeId: p.staff.id, period: '2025', resultRating: 'AS_EXPECTED', behaviourRating: 'AS_EXPECTED' }, p.appraiser.token);
    expect(annual.status).toBe(201);
    expect((await outbox('appraisal.rating-changed.v1')).at(-1)!.payload).toMatchObject({ appraisalId: annual.body.id, period: '2025', kind: 'ANNUAL', months: [], version: 1 });
    expect((await t.post(`/api/v1/appraisals/${annual.body.id}/objections`, { reason: 'Kurang tepat.' }, p.staff.token)).status).toBe(201);
    const upheld = await t.post(`/api/v1/appraisals/${annual.body.id}/objection-decision`, { outcome: 'UPHOLD', reason: 'Sudah sesuai.' }, p.head.token);
    expect(upheld.status).toBe(200);
    expect((await outbox('appraisal.objection-decided.v1')).at(-1)!.payload).toMatchObject({ appraisalId: annual.body.id, outcome: 'UPHELD', resultingVersion: null });
    expect(await outbox('appraisal.rating-changed.v1')).toHaveLength(3);
  });

  it('acknowledging, self-assessing and setting an organisational rating change no rating and announce nothing', async () => {
    const before = await rowsOf();
    expect((await t.post(`/api/v1/appraisals/${appraisalId}/acknowledgement`, {}, p.staff.token)).status).toBe(200);
    expect((await t.request('PUT', `/api/v1/employees/${p.staff.id}/self-assessments/2026-06`, { body: { text: 'Semua target tercapai.' }, token: p.staff.token })).status).toBe(
      200,
    );
    const admin = await t.adminToken();
    expect((await t.request('PUT', `/api/v1/units/${rootUnit}/organisational-ratings/2026`, { body: { rating: 'BAIK' }, token: admin })).status).toBe(200);
    expect(await rowsOf()).toBe(before);
  });

  it('a refused command leaves no event behind', async () => {
    const before = await rowsOf();
    const late = await t.post('/api/v1/appraisals', { employeeId: p.staff.id, period: '2026-04', resultRating: 'ABOVE', behaviourRating: 'ABOVE' }, p.appraiser.token);
    expect(late.status).toBe(409);
    expect(await rowsOf()).toBe(before);
  });
});

import { OrgBuilder, PASSWORD } from '../support/org-builder';
import { startTestApp, TestApp } from '../support/test-app';
import { TestClock } from '../support/test-clock';

type Person = { id: string; nip: string; token: string };

/**
 * ROOT (MIN: minister) ── DIT (DIR: dir) ── KASUBAG: kasubag ── STAFF: s1, s2
 *                      │                 └─ PEER (a second director's post under MIN): peer
 *                      └─ LAB (LABHEAD: labhead, its unit admin: labAdmin)
 * The director's post has a one-day Plh on 10 April; the objection's period is March.
 */
describe("objections awaiting the caller's decision (GET /appraisals?awaitingMyDecision=true)", () => {
  let t: TestApp;
  let admin: string;
  const clock = new TestClock('2026-04-02T03:00:00Z');
  const p: Record<string, Person> = {};
  let contestedId: string;
  let uncontestedId: string;

  const awaiting = (who: Person | string) => t.get('/api/v1/appraisals?awaitingMyDecision=true', typeof who === 'string' ? who : who.token);

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    admin = await t.adminToken();
    const org = new OrgBuilder(t, admin);
    const root = await org.unit('ROOT', null);
    const dit = await org.unit('DIT', root.id);
    const lab = await org.unit('LAB', root.id);
    const min = await org.position('MIN', root.id, null, 'JPT_MADYA', 17);
    const dir = await org.position('DIR', dit.id, min.id, 'JPT_PRATAMA', 14);
    const peer = await org.position('PEER', dit.id, min.id, 'JPT_PRATAMA', 14);
    const kasubag = await org.position('KASUBAG', dit.id, dir.id, 'PENGAWAS', 9);
    const staff = await org.position('STAFF', dit.id, kasubag.id, 'PELAKSANA', 6);
    const labhead = await org.position('LABHEAD', lab.id, min.id, 'ADMINISTRATOR', 12);
    const labStaff = await org.position('LABSTAFF', lab.id, labhead.id, 'PELAKSANA', 7);
    const person = async (key: string, name: string, positionId: string) => {
      p[key] = { ...(await org.placed(name, positionId)), token: '' };
    };
    await person('minister', 'Menteri Sosial', min.id);
    await person('dir', 'Direktur Rehabilitasi', dir.id);
    await person('peer', 'Direktur Lain', peer.id);
    await person('kasubag', 'Kepala Subbagian', kasubag.id);
    await person('s1', 'Staf Satu', staff.id);
    await person('s2', 'Staf Dua', staff.id);
    await person('labhead', 'Kepala Lab', labhead.id);
    p.labAdmin = { ...(await org.placed('Admin Lab', labStaff.id)), token: '' };
    await t.post(`/api/v1/employees/${p.labAdmin.id}/roles`, { role: 'UNIT_ADMIN', unitId: lab.id }, admin);
    p.plh = { ...(await org.employee('Plh Sehari')), token: '' };
    await org.assign(p.plh.id, dir.id, 'PLH', '2026-04-10', '2026-04-10');
    for (const key of Object.keys(p)) p[key].token = await t.login(p[key].nip, PASSWORD);

    contestedId = (await t.post('/api/v1/appraisals', { employeeId: p.s1.id, period: '2026-03', resultRating: 'BELOW', behaviourRating: 'AS_EXPECTED' }, p.kasubag.token)).body.id;
    uncontestedId = (await t.post('/api/v1/appraisals', { employeeId: p.s2.id, period: '2026-03', resultRating: 'AS_EXPECTED', behaviourRating: 'AS_EXPECTED' }, p.kasubag.token))
      .body.id;
    expect((await t.post(`/api/v1/appraisals/${contestedId}/objections`, { reason: 'Target saya tercapai.' }, p.s1.token)).status).toBe(201);
  });
  afterAll(() => t.close());

  it("lists the open objection to the appraiser's superior, naming the employee, and nothing else", async () => {
    clock.set('2026-04-10T03:00:00Z');
    const res = await awaiting(p.dir);
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({
      id: contestedId,
      employeeId: p.s1.id,
      employee: { id: p.s1.id, nip: p.s1.nip, name: 'Staf Satu' },
      predikat: 'BUTUH_PERBAIKAN',
      objections: [{ number: 1, againstVersion: 1, reason: 'Target saya tercapai.', decision: null }],
    });
    expect(res.body.items.map((a: { id: string }) => a.id)).not.toContain(uncontestedId);
    const ofPeriod = await t.get('/api/v1/appraisals?awaitingMyDecision=true&period=2026-03', p.dir.token);
    expect(ofPeriod.body.items.map((a: { id: string }) => a.id)).toEqual([contestedId]);
    expect((await t.get('/api/v1/appraisals?awaitingMyDecision=true&period=2026-02', p.dir.token)).body.items).toEqual([]);
  });

  it('lists nothing to the employee, the appraiser, a peer, the minister above the superior, a unit admin of another unit, a one-day Plh, HR or an account without an employee', async () => {
    clock.set('2026-04-10T03:00:00Z');
    for (const who of [p.s1, p.kasubag, p.peer, p.minister, p.labAdmin, p.plh, admin]) {
      const res = await awaiting(who);
      expect([res.status, res.body.items]).toEqual([200, []]);
    }
  });

  it('refuses a flag that is not a boolean, naming the field', async () => {
    const res = await t.get('/api/v1/appraisals?awaitingMyDecision=soon', p.dir.token);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('awaitingMyDecision');
  });

  it('drops the objection once the superior has decided it', async () => {
    clock.set('2026-04-13T03:00:00Z');
    const decided = await t.post(`/api/v1/appraisals/${contestedId}/objection-decision`, { outcome: 'UPHOLD', reason: 'Bukti dukung tidak cukup.' }, p.dir.token);
    expect(decided.status).toBe(200);
    expect((await awaiting(p.dir)).body.items).toEqual([]);
  });
});

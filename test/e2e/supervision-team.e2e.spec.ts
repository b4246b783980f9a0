import { OrgBuilder, PASSWORD } from '../support/org-builder';
import { buildPlanningOrg, PlanningOrg } from '../support/planning-org';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The planning org (Sekjen ── Direktur ── Analis Satu, Analis Dua, Kasubdit; an outsider under the Sekjen),
 * with a new hire under the Direktur from 10 June and a Plh standing in for the Direktur on 17 June only.
 */
describe("the supervisor's team of a month (GET /supervision/team?month=)", () => {
  let t: TestApp;
  let o: PlanningOrg;
  let plh: string;
  let unitAdmin: string;
  let newHire: { id: string; nip: string };

  const team = async (token: string, month: string) => {
    const res = await t.get(`/api/v1/supervision/team?month=${month}`, token);
    expect(res.status).toBe(200);
    expect(res.body.month).toBe(month);
    return res.body.items as Array<{ employee: { id: string; nip: string; name: string }; from: string; to: string }>;
  };

  beforeAll(async () => {
    t = await startTestApp();
    o = await buildPlanningOrg(t);
    const org = new OrgBuilder(t, o.tokens.admin);
    newHire = await org.placed('Analis Baru', o.positions.staff, '2026-06-10');
    const standIn = await org.employee('Plh Direktur');
    await org.assign(standIn.id, o.positions.head, 'PLH', '2026-06-17', '2026-06-17');
    plh = await t.login(standIn.nip, PASSWORD);
    // The outsider, who supervises nobody, administers the sub-directorate: administering is not supervising.
    expect((await t.post(`/api/v1/employees/${o.ids.outsider}/roles`, { role: 'UNIT_ADMIN', unitId: o.subdirectorate }, o.tokens.admin)).status).toBe(201);
    unitAdmin = await t.login((await t.get(`/api/v1/employees/${o.ids.outsider}`, o.tokens.admin)).body.nip, PASSWORD);
  });
  afterAll(() => t.close());

  it('lists everyone the head supervised in the month, by name, with the days of the month they did — including a new hire from the 10th', async () => {
    const items = await team(o.tokens.head, '2026-06');
    expect(items.map((i) => i.employee.name)).toEqual(['Analis Baru', 'Analis Dua', 'Analis Satu', 'Kasubdit']);
    expect(items.find((i) => i.employee.id === o.ids.staff)).toEqual({
      employee: { id: o.ids.staff, nip: o.nips.staff, name: 'Analis Satu' },
      from: '2026-06-01',
      to: '2026-06-30',
    });
    expect(items.find((i) => i.employee.id === newHire.id)).toMatchObject({ from: '2026-06-10', to: '2026-06-30' });
    expect((await team(o.tokens.head, '2026-05')).map((i) => i.employee.name)).toEqual(['Analis Dua', 'Analis Satu', 'Kasubdit']);
  });

  it("gives the one-day Plh that day's team only, and nothing in another month", async () => {
    const june = await team(plh, '2026-06');
    expect(june.map((i) => [i.employee.name, i.from, i.to])).toEqual([
      ['Analis Baru', '2026-06-17', '2026-06-17'],
      ['Analis Dua', '2026-06-17', '2026-06-17'],
      ['Analis Satu', '2026-06-17', '2026-06-17'],
      ['Kasubdit', '2026-06-17', '2026-06-17'],
    ]);
    expect(await team(plh, '2026-07')).toEqual([]);
  });

  it("does not reach two levels down, nor to a peer, an employee, a unit admin of another unit or HR's account", async () => {
    expect((await team(o.tokens.sekjen, '2026-06')).map((i) => i.employee.name)).toEqual(['Direktur', 'Staf Setjen']);
    for (const token of [o.tokens.kasubdit, o.tokens.staff, unitAdmin, o.tokens.admin]) {
      expect(await team(token, '2026-06')).toEqual([]);
    }
  });

  it('refuses a missing or malformed month, naming the field', async () => {
    for (const query of ['', '?month=2026-13', '?month=June']) {
      const res = await t.get(`/api/v1/supervision/team${query}`, o.tokens.head);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain('month');
    }
  });
});

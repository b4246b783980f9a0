import { Client } from 'pg';
import { OutboxRelay } from '../../src/platform/outbox/outbox-relay';
import { OrgBuilder } from '../support/org-builder';
import { untilClosed } from '../support/remuneration';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

/**
 * Events arrive after the fact: the relay may hand remuneration a decision long after it committed. A decision
 * committed before its month began closing is in that month's statements already and marks nothing stale
 * (HR would otherwise face a month full of stale statements after every close, each recomputing to the same
 * amounts); a correction made after the close marks exactly its employee's statement.
 */
describe('remuneration: decisions delivered after the close', () => {
  let t: TestApp;
  let db: Client;
  let admin: string;
  let relay: OutboxRelay;
  const clock = new TestClock('2026-07-01T03:00:00Z');
  const ids: Record<string, string> = {};

  const ok = async (path: string, body: unknown, token = admin) => {
    const res = await t.post(path, body, token);
    if (res.status >= 300) throw new Error(`POST ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const stale = async (month: string) =>
    (
      await db.query(`SELECT e.name FROM remuneration.statements s JOIN organization.employees e ON e.id = s.employee_id WHERE s.month = $1 AND s.stale ORDER BY 1`, [month])
    ).rows.map((r) => r.name);
  const pending = async () => Number((await db.query(`SELECT count(*) FROM platform.outbox WHERE published_at IS NULL AND dead_lettered_at IS NULL`)).rows[0].count);

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    admin = await t.adminToken();
    relay = t.app.get(OutboxRelay);
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    const org = new OrgBuilder(t, admin);
    const root = await org.unit('ROOT', null);
    const head = await org.position('HEAD', root.id, null, 'ADMINISTRATOR', 12);
    ids.staffPosition = (await org.position('STAFF', root.id, head.id, 'PELAKSANA', 8)).id;
    ids.otherPosition = (await org.position('OTHER', root.id, head.id, 'PELAKSANA', 7)).id;
    const people = { head: await org.placed('Kepala', head.id), a: await org.placed('Pegawai A', ids.staffPosition), b: await org.placed('Pegawai B', ids.otherPosition) };
    for (const [k, v] of Object.entries(people)) ids[k] = v.id;
    await relay.drain();
  }, 120_000);
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it("decisions committed before June began closing, delivered after it closed, leave June's statements as they are", async () => {
    // A June absence for A, and B's position regraded from the 15th: committed while June is open, not yet delivered.
    await ok('/api/v1/absences', { employeeId: ids.a, type: 'CT', startDate: '2026-06-10', endDate: '2026-06-10', reason: 'Keperluan keluarga' });
    await ok(`/api/v1/positions/${ids.otherPosition}/regrades`, { kelas: 9, effectiveDate: '2026-06-15', reason: 'Evaluasi jabatan' });
    expect(await pending()).toBeGreaterThanOrEqual(2);

    expect((await t.post('/api/v1/periods/2026-06/close', {}, admin)).status).toBe(202);
    await untilClosed(t, admin, '2026-06');
    const statementOfB = (await t.get(`/api/v1/employees/${ids.b}/statements/2026-06`, admin)).body;
    expect(statementOfB.inputs.days.find((d: { date: string }) => d.date === '2026-06-15').kelas).toBe(9);

    await relay.drain();
    expect(await db.query(`SELECT type, attempts, last_error, next_attempt_at > now() AS later FROM platform.outbox WHERE published_at IS NULL`).then((r) => r.rows)).toEqual([]);
    expect(await stale('2026-06')).toEqual([]);
    expect((await t.get('/api/v1/periods/2026-06', admin)).body.staleCount).toBe(0);
  });

  it('a correction made after the close, delivered later still, marks exactly its employee', async () => {
    await ok('/api/v1/absences/corrections', {
      employeeId: ids.b,
      type: 'CT',
      startDate: '2026-06-11',
      endDate: '2026-06-11',
      reason: 'Cuti yang tercatat di kertas, dimasukkan setelah tutup buku',
    });
    await relay.drain();
    expect(await stale('2026-06')).toEqual(['Pegawai B']);
  });
});

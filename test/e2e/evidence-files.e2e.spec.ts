import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { buildPlanningOrg, expectStatus, PlanningOrg } from '../support/planning-org';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

const EVIDENCE_DIR = path.join(os.tmpdir(), `evidence-files-test-${process.pid}`);

/** A PDF of exactly `bytes` bytes whose content differs by `seed`. */
function pdf(bytes: number, seed: string): Buffer {
  const head = Buffer.from(`%PDF-1.4\n%${seed}\n`);
  return Buffer.concat([head, Buffer.alloc(bytes - head.length, 0x20)]);
}

function stored(activityId: string, content: Buffer): boolean {
  return fs.existsSync(path.join(EVIDENCE_DIR, activityId, `${createHash('sha256').update(content).digest('hex')}.pdf`));
}

function filesOf(activityId: string): string[] {
  const dir = path.join(EVIDENCE_DIR, activityId);
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
}

describe('evidence files do not leak disk', () => {
  // Saturday 20 June 2026, 09:00 in Makassar: the week's activities are inside the entry window.
  const clock = new TestClock(new Date('2026-06-20T01:00:00Z'));
  let t: TestApp;
  let o: PlanningOrg;
  let db: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ EVIDENCE_DIR, EVIDENCE_MAX_BYTES: '2048', EVIDENCE_QUOTA_BYTES: '4096' }, { clock });
    o = await buildPlanningOrg(t);
    await expectStatus(t, '/api/v1/activity-catalog', { code: 'LAP', name: 'Menyusun laporan', outputUnit: 'laporan', minutesPerUnit: 60 }, o.tokens.admin, 201);
    const slots: Array<[string, string, string, string]> = [
      ['replaced', '2026-06-15', '08:00', '09:00'],
      ['corrected', '2026-06-15', '09:00', '10:00'],
      ['rolledBack', '2026-06-15', '10:00', '11:00'],
      ['q1', '2026-06-16', '08:00', '09:00'],
      ['q2', '2026-06-16', '09:00', '10:00'],
      ['q3', '2026-06-16', '10:00', '11:00'],
    ];
    for (const [name, date, startTime, endTime] of slots) {
      const body = { date, startTime, endTime, catalogCode: 'LAP', quantity: 1, description: 'Menyusun laporan', additionalTask: true };
      ids[name] = (await expectStatus(t, '/api/v1/activities', body, o.tokens.staff, 201)).id;
    }
    for (const [name, startTime, endTime] of [
      ['r1', '08:00', '09:00'],
      ['r2', '09:00', '10:00'],
      ['r3', '10:00', '11:00'],
    ]) {
      const body = { date: '2026-06-17', startTime, endTime, catalogCode: 'LAP', quantity: 1, description: 'Menyusun laporan', additionalTask: true };
      ids[name] = (await expectStatus(t, '/api/v1/activities', body, o.tokens.staff2, 201)).id;
    }
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await t.close();
    fs.rmSync(EVIDENCE_DIR, { recursive: true, force: true });
  });

  const upload = (activityId: string, body: Buffer, headers: Record<string, string> = {}) =>
    t.request('PUT', `/api/v1/activities/${activityId}/evidence`, { body, token: o.tokens.staff, headers: { 'content-type': 'application/pdf', ...headers } });

  it('a replaced upload is deleted once the replacement commits; the same file again is kept', async () => {
    const first = pdf(300, 'first');
    const second = pdf(400, 'second');
    expect((await upload(ids.replaced, first)).status).toBe(200);
    expect(stored(ids.replaced, first)).toBe(true);
    expect((await upload(ids.replaced, second)).status).toBe(200);
    expect(stored(ids.replaced, first)).toBe(false);
    expect(stored(ids.replaced, second)).toBe(true);
    expect((await upload(ids.replaced, second)).status).toBe(200);
    expect(filesOf(ids.replaced)).toHaveLength(1);
    const download = await t.app.inject({ method: 'GET', url: `/api/v1/activities/${ids.replaced}/evidence`, headers: { authorization: `Bearer ${o.tokens.staff}` } });
    expect(download.rawPayload.equals(second)).toBe(true);
  });

  it('a file a correction replaces with a link is deleted', async () => {
    const file = pdf(300, 'corrected');
    expect((await upload(ids.corrected, file)).status).toBe(200);
    await expectStatus(t, `/api/v1/activities/${ids.corrected}/reject`, { reason: 'Bukti kurang jelas' }, o.tokens.head, 200);
    const correction = {
      startTime: '09:00',
      endTime: '10:00',
      catalogCode: 'LAP',
      quantity: 1,
      description: 'Menyusun laporan',
      additionalTask: true,
      evidenceUrl: 'https://drive.example.go.id/b.pdf',
    };
    await expectStatus(t, `/api/v1/activities/${ids.corrected}/resubmit`, correction, o.tokens.staff, 200);
    expect(stored(ids.corrected, file)).toBe(false);
    expect(filesOf(ids.corrected)).toEqual([]);
  });

  it('an upload whose transaction rolls back leaves no file, and the file already committed stays', async () => {
    const kept = pdf(300, 'kept');
    expect((await upload(ids.rolledBack, kept)).status).toBe(200);
    // A fault the database raises after the file is written: the transaction rolls back.
    await db.query(`
      CREATE FUNCTION pg_temp_fail_evidence() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.evidence_bytes = 777 THEN RAISE EXCEPTION 'injected fault'; END IF; RETURN NEW; END $$`);
    await db.query(`CREATE TRIGGER fail_evidence BEFORE UPDATE ON activity.activities FOR EACH ROW EXECUTE FUNCTION pg_temp_fail_evidence()`);
    try {
      const doomed = pdf(777, 'doomed');
      const res = await upload(ids.rolledBack, doomed);
      expect(res.status).toBe(500);
      expect(stored(ids.rolledBack, doomed)).toBe(false);
      expect(stored(ids.rolledBack, kept)).toBe(true);
      expect(filesOf(ids.rolledBack)).toHaveLength(1);
    } finally {
      await db.query(`DROP TRIGGER fail_evidence ON activity.activities`);
      await db.query(`DROP FUNCTION pg_temp_fail_evidence()`);
    }
  });

  it("an employee's evidence files stay within the quota (422 naming it); a replaced file no longer counts", async () => {
    // 300 + 400 + 300 bytes are stored already (replaced, rolledBack; the corrected file went).
    const used = 400 + 300;
    expect((await upload(ids.q1, pdf(2000, 'q1'))).status).toBe(200);
    const over = await upload(ids.q2, pdf(4096 - used - 2000 + 1, 'q2-over'));
    expect(over.status).toBe(422);
    expect(over.body.code).toBe('EVIDENCE_QUOTA_EXCEEDED');
    expect(over.body.detail).toContain('quota of 4096 bytes');
    expect(over.body.errors).toEqual([expect.objectContaining({ field: '(body)', message: `at most ${4096 - used - 2000} more bytes fit your evidence quota` })]);
    expect(filesOf(ids.q2)).toEqual([]);
    const translated = await upload(ids.q2, pdf(4096 - used - 2000 + 1, 'q2-over'), { 'accept-language': 'id' });
    expect(translated.body.detail).toContain('kuota');
    expect((await upload(ids.q2, pdf(4096 - used - 2000, 'q2-fits'))).status).toBe(200);
    // Replacing q1's file by a smaller one frees what the old one took.
    expect((await upload(ids.q1, pdf(1000, 'q1-smaller'))).status).toBe(200);
    expect((await upload(ids.q3, pdf(1000, 'q3'))).status).toBe(200);
  });

  it('two parallel uploads that only fit one at a time: one is stored, the other refused', async () => {
    const upload2 = (activityId: string, body: Buffer) =>
      t.request('PUT', `/api/v1/activities/${activityId}/evidence`, { body, token: o.tokens.staff2, headers: { 'content-type': 'application/pdf' } });
    expect((await upload2(ids.r1, pdf(2000, 'r1'))).status).toBe(200);
    const [left, right] = await Promise.all([upload2(ids.r2, pdf(2000, 'race-a')), upload2(ids.r3, pdf(2000, 'race-b'))]);
    expect([left.status, right.status].sort()).toEqual([200, 422]);
    expect(filesOf(ids.r2).length + filesOf(ids.r3).length).toBe(1);
    const totals = await db.query(`SELECT sum(evidence_bytes)::int AS bytes FROM activity.activities WHERE employee_id = $1`, [o.ids.staff2]);
    expect(totals.rows[0].bytes).toBe(4000);
  });
});

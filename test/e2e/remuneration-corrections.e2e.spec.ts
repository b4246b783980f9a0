import { Client } from 'pg';
import { OutboxRelay } from '../../src/platform/outbox/outbox-relay';
import { OrgBuilder, PASSWORD } from '../support/org-builder';
import { untilClosed, untilFeedHas } from '../support/remuneration';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

/**
 * After the close HR alone still corrects a closed month — clock events added or voided, absences and permits, activity
 * reviews, ratings (an upheld objection too) — each with a reason, audited, published; exactly the employee's
 * statement goes stale and the recomputation issues version n+1 with the rules.md §5 amounts of the corrected
 * inputs. Nobody else corrects it, the ordinary writes stay refused, and a month being closed takes no
 * correction at all.
 *
 * Employee A, kelas 8 (gross 4,595,150), June 2026 with the holiday on the 16th (21 working days): on time
 * every working day except TK on Monday the 8th (5 %), no clock-out on the 9th (PSW4, 1.5 %) and 07:45–16:05
 * on the 10th (TL1, 0.5 %); 63 × 5 = 315 activity minutes on each of the 20 days present (6,300 of a 6,300
 * target); rated Baik.
 */
describe('corrections of a closed month: HR only, with a reason, then recompute', () => {
  let t: TestApp;
  let db: Client;
  let admin: string;
  let relay: OutboxRelay;
  const clock = new TestClock('2026-07-01T03:00:00Z');
  const ids: Record<string, string> = {};
  const nips: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  const GROSS = 4595150;

  const ok = async (path: string, body: unknown, token = admin) => {
    const res = await t.post(path, body, token);
    if (res.status >= 300) throw new Error(`POST ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const patch = (path: string, body: unknown, token = admin) => t.request('PATCH', path, { body, token });
  const put = (path: string, body: unknown, token = admin) => t.request('PUT', path, { body, token });
  const statement = async () => (await t.get(`/api/v1/employees/${ids.a}/statements/2026-06`, admin)).body;
  const staleEmployees = async () => (await db.query(`SELECT DISTINCT employee_id FROM remuneration.statements WHERE month = '2026-06' AND stale`)).rows.map((r) => r.employee_id);
  const lastAudit = async (action: string) =>
    (await db.query(`SELECT action, actor_name, reason FROM platform.audit_log WHERE action = $1 ORDER BY id DESC LIMIT 1`, [action])).rows[0];
  const lines = (attendance: [string, number], performance: [string, number]) => [
    { code: 'SANCTION', percent: '0', amount: 0 },
    { code: 'ATTENDANCE', percent: attendance[0], amount: attendance[1] },
    { code: 'LEAVE', percent: '0', amount: 0 },
    { code: 'PERFORMANCE', percent: performance[0], amount: performance[1] },
  ];

  /**
   * The correction's event reaches remuneration (the relay delivers it), exactly A's statement is stale, and the
   * recomputation issues the next version, sent to payroll as allowance-adjusted.
   */
  const recomputed = async (version: number) => {
    await relay.drain();
    expect(await staleEmployees()).toEqual([ids.a]);
    expect((await t.get('/api/v1/periods/2026-06', admin)).body.staleCount).toBe(1);
    expect((await t.post('/api/v1/periods/2026-06/recompute', {}, admin)).body).toEqual({ month: '2026-06', stale: 1, recomputed: 1 });
    const s = await statement();
    expect(s.version).toBe(version);
    const [event] = (await db.query(`SELECT type, payload FROM platform.outbox WHERE subject = $1 ORDER BY position DESC LIMIT 1`, [`employees/${nips.a}/months/2026-06`])).rows;
    expect(event).toEqual({ type: 'remuneration.allowance-adjusted.v1', payload: s });
    expect(await staleEmployees()).toEqual([]);
    expect((await t.get('/api/v1/periods/2026-06', admin)).body.staleCount).toBe(0);
    return s;
  };

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    admin = await t.adminToken();
    relay = t.app.get(OutboxRelay);
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    const org = new OrgBuilder(t, admin);
    const root = await org.unit('ROOT', null);
    const dit = await org.unit('DIT', root.id);
    const other = await org.unit('OTHER', root.id);
    const topPos = await org.position('DIRJEN', root.id, null, 'JPT_PRATAMA', 15);
    const headPos = await org.position('HEAD', dit.id, topPos.id, 'ADMINISTRATOR', 12);
    const staffPos = await org.position('STAFF', dit.id, headPos.id, 'PELAKSANA', 8);
    const otherPos = await org.position('OTHER-STAFF', other.id, null, 'PELAKSANA', 8);
    const people = {
      dirjen: await org.placed('Direktur Jenderal', topPos.id),
      head: await org.placed('Kepala', headPos.id),
      a: await org.placed('Pegawai A', staffPos.id),
      colleague: await org.placed('Rekan', staffPos.id),
      unitAdmin: await org.placed('Admin DIT', staffPos.id),
      plh: await org.placed('Plh Sehari', staffPos.id),
      outsider: await org.placed('Admin Lain', otherPos.id),
      payroll: await org.placed('Juru Bayar', otherPos.id),
      auditor: await org.placed('Auditor', otherPos.id),
    };
    for (const [k, v] of Object.entries(people)) {
      ids[k] = v.id;
      nips[k] = v.nip;
    }
    Object.assign(ids, { root: root.id, dit: dit.id, other: other.id });
    await ok(`/api/v1/employees/${ids.unitAdmin}/roles`, { role: 'UNIT_ADMIN', unitId: dit.id });
    await ok(`/api/v1/employees/${ids.outsider}/roles`, { role: 'UNIT_ADMIN', unitId: other.id });
    await ok(`/api/v1/employees/${ids.payroll}/roles`, { role: 'PAYROLL' });
    await ok(`/api/v1/employees/${ids.auditor}/roles`, { role: 'AUDITOR' });
    // The Plh stands in for the head on the 10th only: A's supervisor that day.
    await org.assign(ids.plh, headPos.id, 'PLH', '2026-06-10', '2026-06-10');
    for (const k of Object.keys(people)) tokens[k] = await t.login(nips[k], PASSWORD);
    await ok('/api/v1/holidays', { date: '2026-06-16', name: 'Tahun Baru Islam' });
    await ok('/api/v1/activity-catalog', { code: 'KEG', name: 'Kegiatan lapangan', outputUnit: 'kegiatan', minutesPerUnit: 63 });

    const workingDays = ['01', '02', '03', '04', '05', '08', '09', '10', '11', '12', '15', '17', '18', '19', '22', '23', '24', '25', '26', '29', '30'];
    const fridays = ['05', '12', '19', '26'];
    const events: Array<{ nip: string; at: string; direction: string }> = workingDays.flatMap((d) => {
      const date = `2026-06-${d}`;
      if (d === '08') return [];
      const clockIn = { nip: nips.a, at: `${date}T${d === '10' ? '07:45:00' : '07:25:00'}+07:00`, direction: 'IN' };
      if (d === '09') return [clockIn];
      return [clockIn, { nip: nips.a, at: `${date}T${fridays.includes(d) ? '16:35:00' : '16:05:00'}+07:00`, direction: 'OUT' }];
    });
    events.push({ nip: nips.a, at: '2026-05-14T07:25:00+07:00', direction: 'IN' });
    expect(await ok('/api/v1/attendance/clock-events/import', events)).toMatchObject({ accepted: events.length, rejected: [] });
    const eventAt = async (at: string) => (await db.query(`SELECT id::text FROM attendance.clock_events WHERE employee_id = $1 AND at = $2`, [ids.a, at])).rows[0].id;
    ids.clockIn12 = await eventAt('2026-06-12T07:25:00+07:00');
    ids.clockOut12 = await eventAt('2026-06-12T16:35:00+07:00');
    ids.clockMay = await eventAt('2026-05-14T07:25:00+07:00');
    const activity = (date: string) => ({
      nip: nips.a,
      date,
      startTime: '08:00',
      endTime: '13:30',
      catalogCode: 'KEG',
      quantity: '5',
      description: 'Pendampingan lapangan',
      additionalTask: true,
      status: 'APPROVED',
    });
    const activities = [...workingDays.filter((d) => d !== '08').map((d) => activity(`2026-06-${d}`)), activity('2026-05-12')];
    expect(await ok('/api/v1/activities/import', activities)).toEqual({ accepted: 21, rejected: [] });
    const activityOn = async (date: string) => (await db.query(`SELECT id FROM activity.activities WHERE employee_id = $1 AND date = $2`, [ids.a, date])).rows[0].id;
    ids.activity15 = await activityOn('2026-06-15');
    ids.activityMay = await activityOn('2026-05-12');
    ids.appraisal = (await ok('/api/v1/appraisals', { employeeId: ids.a, period: '2026-06', resultRating: 'AS_EXPECTED', behaviourRating: 'AS_EXPECTED' }, tokens.head)).id;

    // May stays open; the test of a month being closed puts it in CLOSING for a moment, with one of each kind.
    ids.appraisalMay = (await ok('/api/v1/appraisals', { employeeId: ids.a, period: '2026-05', resultRating: 'AS_EXPECTED', behaviourRating: 'AS_EXPECTED' }, tokens.head)).id;
    ids.absenceMay = (await ok('/api/v1/absences', { employeeId: ids.a, type: 'CT', startDate: '2026-05-11', endDate: '2026-05-11', reason: 'Keperluan keluarga' })).id;
    ids.permitMay = (await ok('/api/v1/permits', { employeeId: ids.a, type: 'LATE_ARRIVAL', date: '2026-05-13', reason: 'Ban bocor' })).id;
    await relay.drain();
  }, 180_000);
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it('the close: version 1 with ATTENDANCE 7 % (TK 5 + PSW4 1.5 + TL1 0.5) = 321,661 and net 4,273,489', async () => {
    expect((await t.post('/api/v1/periods/2026-06/close', {}, admin)).status).toBe(202);
    await untilClosed(t, admin, '2026-06');
    const v1 = await statement();
    expect(v1).toMatchObject({
      version: 1,
      gross: GROSS,
      lines: lines(['7', 321661], ['0', 0]),
      net: 4273489,
      flags: [],
      inputs: { facts: { attendance: { counts: { TK: 1, PSW4: 1, TL1: 1 } } }, activity: { approvedMinutes: 6300, targetMinutes: 6300 }, rating: 'BAIK' },
    });
  });

  it('HR adds the clock-out the device lost on the 9th: audited, published, version 2 with ATTENDANCE 5.5 %, delta +68,928', async () => {
    const reason = 'Mesin presensi mati pukul 16.00, daftar hadir manual ditandatangani kepala';
    const res = await t.post('/api/v1/attendance/clock-events/corrections', { employeeId: ids.a, at: '2026-06-09T16:05:00+07:00', direction: 'OUT', reason }, admin);
    expect(res.status).toBe(201);
    expect(await lastAudit('CorrectClockEvent')).toEqual({ action: 'CorrectClockEvent', actor_name: 'test.admin', reason });
    const v2 = await recomputed(2);
    // 5.5 % of 4,595,150 = 252,732.25 → 252,733 half-up.
    expect(v2).toMatchObject({ lines: lines(['5.5', 252733], ['0', 0]), net: 4342417, previousNet: 4273489, delta: 68928 });
    expect(v2.inputs.facts.attendance.counts).toMatchObject({ TK: 1, TL1: 1 });
    expect(v2.inputs.facts.attendance.counts.PSW4).toBeUndefined();
  });

  it('HR records annual leave on the 8th afterwards: the TK day becomes CT (0 %), version 3, delta +229,757', async () => {
    const reason = 'Cuti tahunan disetujui kepala sebelum tanggal 8, berkas terlambat diserahkan';
    const res = await t.post('/api/v1/absences/corrections', { employeeId: ids.a, type: 'CT', startDate: '2026-06-08', endDate: '2026-06-08', reason }, admin);
    expect([res.status, res.body.status]).toEqual([201, 'APPROVED']);
    ids.absence = res.body.id;
    expect(await lastAudit('RecordAbsenceCorrection')).toEqual({ action: 'RecordAbsenceCorrection', actor_name: 'test.admin', reason });
    const v3 = await recomputed(3);
    // The leave day leaves the target (20 × 300 = 6,000 ≤ 6,300 approved): PERFORMANCE stays 0.
    expect(v3).toMatchObject({ lines: lines(['0.5', 22976], ['0', 0]), net: 4572174, previousNet: 4342417, delta: 229757 });
    expect(v3.inputs.activity).toMatchObject({ approvedMinutes: 6300, targetMinutes: 6000 });
  });

  it('HR withdraws that leave (REJECTED) with a reason: TK again, version 4, delta −229,757, published', async () => {
    const reason = 'Ternyata cuti tidak pernah diajukan; surat palsu';
    const res = await t.post(`/api/v1/absences/${ids.absence}/corrections`, { decision: 'REJECTED', reason }, admin);
    expect([res.status, res.body.status]).toEqual([200, 'REJECTED']);
    expect(await lastAudit('CorrectAbsenceDecision')).toEqual({ action: 'CorrectAbsenceDecision', actor_name: 'test.admin', reason });
    const [published] = (await db.query(`SELECT payload FROM platform.outbox WHERE type = 'attendance.absence-decision-corrected.v1'`)).rows;
    expect(published.payload).toMatchObject({ absenceId: ids.absence, previousStatus: 'APPROVED', status: 'REJECTED', reason, months: ['2026-06'] });
    const v4 = await recomputed(4);
    expect(v4).toMatchObject({ lines: lines(['5.5', 252733], ['0', 0]), net: 4342417, previousNet: 4572174, delta: -229757 });
    const same = await t.post(`/api/v1/absences/${ids.absence}/corrections`, { decision: 'REJECTED', reason }, admin);
    expect([same.status, same.body.code]).toEqual([409, 'DECISION_UNCHANGED']);
  });

  it('HR records a late-arrival permit for the 10th afterwards: TL1 gone, version 5, delta +22,975', async () => {
    const reason = 'Dinas pagi ke kantor pos atas perintah kepala';
    const res = await t.post('/api/v1/permits/corrections', { employeeId: ids.a, type: 'LATE_ARRIVAL', date: '2026-06-10', reason }, admin);
    expect([res.status, res.body.status]).toEqual([201, 'APPROVED']);
    ids.permit = res.body.id;
    expect(await lastAudit('RecordPermitCorrection')).toEqual({ action: 'RecordPermitCorrection', actor_name: 'test.admin', reason });
    const v5 = await recomputed(5);
    expect(v5).toMatchObject({ lines: lines(['5', 229758], ['0', 0]), net: 4365392, previousNet: 4342417, delta: 22975 });
  });

  it('HR rejects that permit afterwards: TL1 back, version 6, delta −22,975', async () => {
    const reason = 'Tidak ada surat tugas';
    const res = await t.post(`/api/v1/permits/${ids.permit}/corrections`, { decision: 'REJECTED', reason }, admin);
    expect([res.status, res.body.status]).toEqual([200, 'REJECTED']);
    expect(await lastAudit('CorrectPermitDecision')).toEqual({ action: 'CorrectPermitDecision', actor_name: 'test.admin', reason });
    const v6 = await recomputed(6);
    expect(v6).toMatchObject({ lines: lines(['5.5', 252733], ['0', 0]), net: 4342417, previousNet: 4365392, delta: -22975 });
  });

  it("HR lowers the 15th's approved quantity from 5 to 3: 6,174 of 6,300 minutes, PERFORMANCE 70 × 0.02 = 1.4 %, version 7", async () => {
    const reason = 'Hasil kegiatan hanya tiga laporan, sesuai pemeriksaan inspektorat';
    const res = await t.post(`/api/v1/activities/${ids.activity15}/review-corrections`, { decision: 'approve', approvedQuantity: '3', reason }, admin);
    expect([res.status, res.body.status, res.body.approvedQuantity]).toEqual([200, 'APPROVED', '3']);
    expect(await lastAudit('CorrectActivityReview')).toEqual({ action: 'CorrectActivityReview', actor_name: 'test.admin', reason });
    const v7 = await recomputed(7);
    // Cumulative: round(4,595,150 × 6.9 %) = 317,065; 317,065 − 252,733 = 64,332.
    expect(v7).toMatchObject({ lines: lines(['5.5', 252733], ['1.4', 64332]), net: 4278085, previousNet: 4342417, delta: -64332 });
    expect(v7.inputs.activity).toMatchObject({ approvedMinutes: 6174, targetMinutes: 6300 });
  });

  it('HR corrects the June rating to Butuh Perbaikan (× 0.90): PERFORMANCE 70 × (1 − 0.98 × 0.9) = 8.26 %, version 8', async () => {
    const reason = 'Hasil audit kinerja: target triwulan tidak tercapai';
    const res = await t.post(`/api/v1/appraisals/${ids.appraisal}/corrections`, { resultRating: 'BELOW', behaviourRating: 'AS_EXPECTED', reason }, admin);
    expect([res.status, res.body.predikat]).toEqual([201, 'BUTUH_PERBAIKAN']);
    expect(await lastAudit('CorrectRating')).toEqual({ action: 'CorrectRating', actor_name: 'test.admin', reason });
    const v8 = await recomputed(8);
    // round(4,595,150 × 13.76 %) = 632,293; 632,293 − 252,733 = 379,560.
    expect(v8).toMatchObject({ lines: lines(['5.5', 252733], ['8.26', 379560]), net: 3962857, previousNet: 4278085, delta: -315228 });
  });

  it('A objects; the superior upholds it after the close; HR applies it in the superior’s name: Baik again, version 9', async () => {
    expect((await t.post(`/api/v1/appraisals/${ids.appraisal}/objections`, { reason: 'Target triwulan tercapai, bukti terlampir' }, tokens.a)).status).toBe(201);
    // The superior's own decision would change a closed month: refused like every ordinary write.
    const bySuperior = await t.post(
      `/api/v1/appraisals/${ids.appraisal}/objection-decision`,
      { outcome: 'CHANGE', reason: 'Keberatan diterima', resultRating: 'AS_EXPECTED', behaviourRating: 'AS_EXPECTED' },
      tokens.dirjen,
    );
    expect([bySuperior.status, bySuperior.body.code]).toEqual([409, 'MONTH_CLOSED']);
    const reason = 'Keberatan diterima atasan penilai (berita acara 12/VII/2026)';
    const res = await t.post(`/api/v1/appraisals/${ids.appraisal}/corrections`, { resultRating: 'AS_EXPECTED', behaviourRating: 'AS_EXPECTED', reason }, admin);
    expect([res.status, res.body.predikat]).toEqual([201, 'BAIK']);
    const appraisal = (await t.get(`/api/v1/appraisals/${ids.appraisal}`, admin)).body;
    expect(appraisal.objections).toEqual([expect.objectContaining({ decision: expect.objectContaining({ outcome: 'CHANGED', reason }) })]);
    // HR applies the decision in the name of the one who took it, the appraiser's superior.
    expect(appraisal.versions.at(-1)).toMatchObject({ origin: 'OBJECTION_DECISION', ratedBy: { employeeId: ids.dirjen }, reason });
    expect(appraisal.versions.at(-2)).toMatchObject({ origin: 'HR_CORRECTION', ratedBy: { employeeId: ids.head } });
    const v9 = await recomputed(9);
    expect(v9).toMatchObject({ lines: lines(['5.5', 252733], ['1.4', 64332]), net: 4278085, previousNet: 3962857, delta: 315228 });
    // Payroll reads every version from the feed: the posting and eight adjustments of A's June.
    const feed = await untilFeedHas(t, tokens.payroll, 9 + 8);
    const mine = feed.events.filter((e) => e.subject === `employees/${nips.a}/months/2026-06`);
    expect(mine.map((e) => [e.type, e.data.version, e.data.delta])).toEqual([
      ['remuneration.allowance-posted.v1', 1, 4273489],
      ['remuneration.allowance-adjusted.v1', 2, 68928],
      ['remuneration.allowance-adjusted.v1', 3, 229757],
      ['remuneration.allowance-adjusted.v1', 4, -229757],
      ['remuneration.allowance-adjusted.v1', 5, 22975],
      ['remuneration.allowance-adjusted.v1', 6, -22975],
      ['remuneration.allowance-adjusted.v1', 7, -64332],
      ['remuneration.allowance-adjusted.v1', 8, -315228],
      ['remuneration.allowance-adjusted.v1', 9, 315228],
    ]);
  });

  it("HR voids Friday the 12th's clock-in (a colleague's card): missing IN → TL4 1.5 %, version 10, delta −68,928; the punch stays listed", async () => {
    const reason = 'Kartu dipakai rekan; pegawai datang pukul 09.40 (laporan satpam)';
    const res = await t.post(`/api/v1/attendance/clock-events/${ids.clockIn12}/void`, { reason }, admin);
    expect([res.status, res.body]).toEqual([200, { id: ids.clockIn12, employeeId: ids.a, at: '2026-06-12T00:25:00.000Z', direction: 'IN', voided: true, reason }]);
    expect(await lastAudit('VoidClockEvent')).toEqual({ action: 'VoidClockEvent', actor_name: 'test.admin', reason });
    const listed = (await t.get(`/api/v1/attendance/clock-events?employeeId=${ids.a}&from=2026-06-12&to=2026-06-12`, admin)).body.items;
    expect(listed.map((e: any) => [e.direction, e.voidedAt !== null, e.voidReason])).toEqual([
      ['IN', true, reason],
      ['OUT', false, null],
    ]);
    const v10 = await recomputed(10);
    // Cumulative: round(4,595,150 × 7 %) = 321,661; round(4,595,150 × 8.4 %) = 385,993 → 64,332.
    expect(v10).toMatchObject({ lines: lines(['7', 321661], ['1.4', 64332]), net: 4209157, previousNet: 4278085, delta: -68928 });
    expect(v10.inputs.facts.attendance.counts).toMatchObject({ TK: 1, TL1: 1, TL4: 1 });
    const again = await t.post(`/api/v1/attendance/clock-events/${ids.clockIn12}/void`, { reason }, admin);
    expect([again.status, again.body.code]).toEqual([409, 'CLOCK_EVENT_ALREADY_VOIDED']);
    const bad = await t.post('/api/v1/attendance/clock-events/x1/void', { reason }, admin);
    expect([bad.status, bad.body.errors?.[0]?.field]).toEqual([400, 'id']);
  });

  /** One correction of each kind on A's June, sent as `token`; `reason` null leaves the field out. */
  const corrections = (reason: string | null = 'Koreksi setelah tutup buku') => {
    const why = reason === null ? {} : { reason };
    return {
      clock: (token: string) => t.post('/api/v1/attendance/clock-events/corrections', { employeeId: ids.a, at: '2026-06-11T16:06:00+07:00', direction: 'OUT', ...why }, token),
      void: (token: string) => t.post(`/api/v1/attendance/clock-events/${ids.clockOut12}/void`, why, token),
      absence: (token: string) => t.post('/api/v1/absences/corrections', { employeeId: ids.a, type: 'CT', startDate: '2026-06-08', endDate: '2026-06-08', ...why }, token),
      absenceDecision: (token: string) => t.post(`/api/v1/absences/${ids.absence}/corrections`, { decision: 'APPROVED', ...why }, token),
      permit: (token: string) => t.post('/api/v1/permits/corrections', { employeeId: ids.a, type: 'EARLY_LEAVE', date: '2026-06-11', ...why }, token),
      permitDecision: (token: string) => t.post(`/api/v1/permits/${ids.permit}/corrections`, { decision: 'APPROVED', ...why }, token),
      review: (token: string) => t.post(`/api/v1/activities/${ids.activity15}/review-corrections`, { decision: 'reject', ...why }, token),
      rating: (token: string) => t.post(`/api/v1/appraisals/${ids.appraisal}/corrections`, { resultRating: 'ABOVE', behaviourRating: 'ABOVE', ...why }, token),
    };
  };

  it('every correction without a reason is 400 naming reason, and changes nothing', async () => {
    for (const reason of [null, '', '   ']) {
      for (const [kind, send] of Object.entries(corrections(reason))) {
        const res = await send(admin);
        expect([kind, res.status, String(res.headers['content-type'])]).toEqual([kind, 400, expect.stringContaining('application/problem+json')]);
        expect([kind, [...new Set(res.body.errors?.map((e: any) => e.field))]]).toEqual([kind, ['reason']]);
      }
    }
    await relay.drain();
    expect(await staleEmployees()).toEqual([]);
  });

  it('nobody but HR corrects a closed month: unit admin in scope, another unit’s admin, the employee, the supervisor, payroll, an auditor and a one-day Plh get 403 for each kind', async () => {
    for (const who of ['unitAdmin', 'outsider', 'a', 'head', 'payroll', 'auditor', 'plh']) {
      for (const [kind, send] of Object.entries(corrections())) {
        const res = await send(tokens[who]);
        expect([who, kind, res.status, String(res.headers['content-type'])]).toEqual([who, kind, 403, expect.stringContaining('application/problem+json')]);
      }
    }
    // The unit admin may correct an open month of their units; a closed one is HR's alone, and the answer says so.
    expect((await corrections().clock(tokens.unitAdmin)).body.detail).toBe('2026-06 is closed: only HR corrects a closed month.');
    await relay.drain();
    expect(await staleEmployees()).toEqual([]);
    expect((await statement()).version).toBe(10);
  });

  it('the ordinary writes stay refused in the closed month with 409 MONTH_CLOSED, HR’s included', async () => {
    const refused = [
      await t.post('/api/v1/absences', { employeeId: ids.a, type: 'CT', startDate: '2026-06-08', endDate: '2026-06-08', reason: 'Cuti' }, tokens.a),
      await t.post('/api/v1/absences', { employeeId: ids.a, type: 'CT', startDate: '2026-06-08', endDate: '2026-06-08', reason: 'Cuti' }, admin),
      await t.post('/api/v1/absences', { employeeId: ids.a, type: 'CT', startDate: '2026-06-08', endDate: '2026-06-08', reason: 'Cuti' }, tokens.unitAdmin),
      await t.post('/api/v1/permits', { employeeId: ids.a, type: 'EARLY_LEAVE', date: '2026-06-11', reason: 'Anak sakit' }, tokens.a),
      await t.post(
        '/api/v1/activities',
        { date: '2026-06-30', startTime: '14:00', endTime: '15:00', catalogCode: 'KEG', quantity: 1, description: 'Rapat', additionalTask: true },
        tokens.a,
      ),
      await t.post(`/api/v1/appraisals/${ids.appraisal}/revisions`, { resultRating: 'ABOVE', behaviourRating: 'ABOVE', reason: 'Revisi' }, tokens.head),
    ];
    expect(refused.map((r) => [r.status, r.body.code])).toEqual(Array(refused.length).fill([409, 'MONTH_CLOSED']));
    const imported = await ok('/api/v1/attendance/clock-events/import', [{ nip: nips.a, at: '2026-06-11T16:06:00+07:00', direction: 'OUT' }]);
    expect(imported).toMatchObject({ accepted: 0, rejected: [{ index: 0, code: 'MONTH_CLOSED' }] });
  });

  it('a month being closed (CLOSING) takes no correction, not even HR’s: 409 MONTH_CLOSED for each kind', async () => {
    await db.query(`UPDATE remuneration.periods SET status = 'CLOSING', closing_started_at = now(), policy_snapshot = '{}' WHERE month = '2026-05'`);
    try {
      const reason = 'Koreksi saat penutupan';
      const may = [
        await t.post('/api/v1/attendance/clock-events/corrections', { employeeId: ids.a, at: '2026-05-14T16:06:00+07:00', direction: 'OUT', reason }, admin),
        await t.post(`/api/v1/attendance/clock-events/${ids.clockMay}/void`, { reason }, admin),
        await t.post('/api/v1/absences/corrections', { employeeId: ids.a, type: 'CT', startDate: '2026-05-18', endDate: '2026-05-18', reason }, admin),
        await t.post(`/api/v1/absences/${ids.absenceMay}/corrections`, { decision: 'REJECTED', reason }, admin),
        await t.post('/api/v1/permits/corrections', { employeeId: ids.a, type: 'EARLY_LEAVE', date: '2026-05-14', reason }, admin),
        await t.post(`/api/v1/permits/${ids.permitMay}/corrections`, { decision: 'REJECTED', reason }, admin),
        await t.post(`/api/v1/activities/${ids.activityMay}/review-corrections`, { decision: 'reject', reason }, admin),
        await t.post(`/api/v1/appraisals/${ids.appraisalMay}/corrections`, { resultRating: 'ABOVE', behaviourRating: 'ABOVE', reason }, admin),
      ];
      expect(may.map((r) => [r.status, r.body.code])).toEqual(Array(may.length).fill([409, 'MONTH_CLOSED']));
    } finally {
      await db.query(`UPDATE remuneration.periods SET status = 'OPEN', closing_started_at = NULL, policy_snapshot = NULL WHERE month = '2026-05'`);
    }
    // Open again, the same correction goes through: it was the CLOSING month that refused it.
    const open = await t.post(`/api/v1/absences/${ids.absenceMay}/corrections`, { decision: 'REJECTED', reason: 'Cuti dibatalkan' }, admin);
    expect([open.status, open.body.status]).toEqual([200, 'REJECTED']);
  });

  describe('unit moves and office hours reaching into the closed month', () => {
    it('moving a unit whose people were placed before June is 409 MONTH_CLOSED; a unit first staffed in July moves', async () => {
      const move = await patch(`/api/v1/units/${ids.dit}`, { parentId: ids.other });
      expect([move.status, move.body.code]).toEqual([409, 'MONTH_CLOSED']);
      expect(move.body.detail).toContain('2026-06');
      expect((await t.get(`/api/v1/units/${ids.dit}`, admin)).body.parentId).toBe(ids.root);
      const org = new OrgBuilder(t, admin);
      const fresh = await org.unit('FRESH', ids.root);
      const freshPos = await org.position('FRESH-STAFF', fresh.id, null, 'PELAKSANA', 7);
      await org.placed('Pegawai Baru', freshPos.id, '2026-07-01');
      const moved = await patch(`/api/v1/units/${fresh.id}`, { parentId: ids.other });
      expect([moved.status, moved.body.parentId]).toEqual([200, ids.other]);
      ids.fresh = fresh.id;
    });

    it('changing the office hours of a unit whose people worked in June is 409 MONTH_CLOSED; of a unit staffed from July it is fine', async () => {
      const schedule = await ok('/api/v1/work-schedules', {
        code: 'PAGI',
        name: 'Jam pagi',
        days: Object.fromEntries(['1', '2', '3', '4', '5'].map((d) => [d, { start: '07:00', end: '15:30', breakStart: '12:00', breakEnd: '12:30' }])),
      });
      const refused = await put(`/api/v1/units/${ids.dit}/work-schedule`, { workScheduleId: schedule.id });
      expect([refused.status, refused.body.code]).toEqual([409, 'MONTH_CLOSED']);
      // The root's hours come down to DIT too: refused for the same reason.
      const fromRoot = await put(`/api/v1/units/${ids.root}/work-schedule`, { workScheduleId: schedule.id });
      expect([fromRoot.status, fromRoot.body.code]).toEqual([409, 'MONTH_CLOSED']);
      const fine = await put(`/api/v1/units/${ids.fresh}/work-schedule`, { workScheduleId: schedule.id });
      expect(fine.status).toBe(200);
    });
  });
});

import * as os from 'node:os';
import * as path from 'node:path';
import { ActivityLoggingFacade } from '../../src/modules/activity-logging/public/activity-logging.facade';
import { UnitTreeFacade } from '../../src/modules/organization/public/unit-tree.facade';
import { WorkCalendarsFacade } from '../../src/modules/organization/public/work-calendars.facade';
import { eachDay } from '../../src/shared-kernel/local-date';
import { PeriodLock } from '../../src/platform/period-lock/period-lock';
import { DomainError } from '../../src/shared-kernel/domain-error';
import { approvedPlans, buildPlanningOrg, expectStatus, PlanningOrg } from '../support/planning-org';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

/** Both analysts come to work, 07:00–17:00 in Makassar, on every weekday of May and June 2026: no day is TK. */
function officeDaysClockEvents(nips: string[]): Array<{ nip: string; at: string; direction: string }> {
  const rows: Array<{ nip: string; at: string; direction: string }> = [];
  for (let d = new Date('2026-05-01T00:00:00Z'); d < new Date('2026-07-01T00:00:00Z'); d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() === 0 || d.getUTCDay() === 6) continue;
    const date = d.toISOString().slice(0, 10);
    const before = new Date(d.getTime() - 86_400_000).toISOString().slice(0, 10);
    for (const nip of nips) rows.push({ nip, at: `${before}T23:00:00Z`, direction: 'IN' }, { nip, at: `${date}T09:00:00Z`, direction: 'OUT' });
  }
  return rows;
}

/** Remuneration's period lifecycle is not built yet either: months are closed by hand here. */
class FakePeriods extends PeriodLock {
  readonly closed = new Set<string>();
  async isOpen(month: string) {
    return !this.closed.has(month);
  }
  async assertOpen(month: string) {
    if (this.closed.has(month)) throw DomainError.conflict('MONTH_CLOSED', `The month ${month} is closed.`);
  }
  async holdForCorrection(month: string) {
    return this.closed.has(month) ? ('CLOSED' as const) : ('OPEN' as const);
  }
}

describe('activity logging: the journey from unit target to achievement, with every refusal', () => {
  let t: TestApp;
  let o: PlanningOrg;
  let plans: Awaited<ReturnType<typeof approvedPlans>>;
  const periods = new FakePeriods();
  // Saturday 20 June 2026, 09:00 in Makassar (the directorate's zone).
  const clock = new TestClock(new Date('2026-06-20T01:00:00Z'));
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp(
      { EVIDENCE_DIR: path.join(os.tmpdir(), `evidence-test-${process.pid}`), EVIDENCE_MAX_BYTES: '2048' },
      { clock, overrides: [{ provide: PeriodLock, useValue: periods }] },
    );
    o = await buildPlanningOrg(t);
    plans = await approvedPlans(t, o);
    await expectStatus(t, '/api/v1/holidays', { date: '2026-06-16', name: 'Tahun Baru Islam' }, o.tokens.admin, 201);
    await expectStatus(t, '/api/v1/activity-catalog', { code: 'LAP', name: 'Menyusun laporan', outputUnit: 'laporan', minutesPerUnit: 60 }, o.tokens.admin, 201);
    await expectStatus(t, '/api/v1/activity-catalog', { code: 'KEG', name: 'Kegiatan lapangan', outputUnit: 'kegiatan', minutesPerUnit: 57 }, o.tokens.admin, 201);
    await expectStatus(
      t,
      '/api/v1/activity-catalog',
      { code: 'RAPAT', name: 'Rapat koordinasi', outputUnit: 'rapat', minutesPerUnit: 90, unitId: o.directorate },
      o.tokens.admin,
      201,
    );
    // Example A's month is imported whole, like its activities below: the devices' upload is done as of July.
    clock.set('2026-07-01T01:00:00Z');
    const imported = await t.post('/api/v1/attendance/clock-events/import', officeDaysClockEvents([o.nips.staff, o.nips.staff2]), o.tokens.admin);
    expect(imported.body.rejected).toEqual([]);
    clock.set('2026-06-20T01:00:00Z');
    // Annual leave recorded by HR (approved at once): no activity may be logged on those days.
    for (const [employeeId, startDate, endDate] of [
      [o.ids.staff, '2026-06-19', '2026-06-19'],
      [o.ids.staff, '2026-06-22', '2026-06-22'],
      [o.ids.staff2, '2026-06-03', '2026-06-04'],
    ]) {
      await expectStatus(t, '/api/v1/absences', { employeeId, type: 'CT', startDate, endDate, reason: 'Cuti tahunan' }, o.tokens.admin, 201);
    }
    // The Kasubdit stands in (Plh) for the director on 17 June only.
    await expectStatus(
      t,
      `/api/v1/employees/${o.ids.kasubdit}/assignments`,
      { positionId: o.positions.head, type: 'PLH', startDate: '2026-06-17', endDate: '2026-06-17' },
      o.tokens.admin,
      201,
    );
  });
  afterAll(() => t.close());

  const log = (body: Record<string, unknown>, token = o.tokens.staff) =>
    t.post('/api/v1/activities', { description: 'Menyusun laporan asesmen', resultId: plans.staffResultId, ...body }, token);
  const staffActivities = async () => (await t.get(`/api/v1/activities?employeeId=${o.ids.staff}&month=2026-06`, o.tokens.admin)).body.items;

  it('logs activities against the approved RHK or as additional tasks, claiming catalogue minutes', async () => {
    const a1 = await log({ date: '2026-06-15', startTime: '08:00', endTime: '10:00', catalogCode: 'LAP', quantity: '2' });
    expect(a1.status).toBe(201);
    expect(a1.body).toEqual({ id: expect.any(String), status: 'SUBMITTED', claimedMinutes: 120 });
    const a2 = await log({ date: '2026-06-15', startTime: '10:00', endTime: '12:00', catalogCode: 'RAPAT', quantity: 1, evidenceUrl: 'https://drive.example.go.id/notulen.pdf' });
    expect(a2.body.claimedMinutes).toBe(90);
    const a3 = await log({ date: '2026-06-17', startTime: '08:00', endTime: '09:00', catalogCode: 'LAP', quantity: '1', resultId: undefined, additionalTask: true });
    expect(a3.status).toBe(201);
    const a4 = await log({ date: '2026-06-18', startTime: '08:00', endTime: '11:00', catalogCode: 'LAP', quantity: '3' });
    expect(a4.body.claimedMinutes).toBe(180);
    Object.assign(ids, { a1: a1.body.id, a2: a2.body.id, a3: a3.body.id, a4: a4.body.id });
  });

  it('refuses overlap, the daily cap, the window, leave days, closed months and foreign RHKs — and changes nothing', async () => {
    const before = await staffActivities();
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ date: '2026-06-15', startTime: '09:30', endTime: '10:30', catalogCode: 'LAP', quantity: 1 }, 422, 'ACTIVITIES_OVERLAP'],
      [{ date: '2026-06-18', startTime: '11:00', endTime: '16:00', catalogCode: 'LAP', quantity: '4.55' }, 422, 'DAILY_CLAIM_CAP_EXCEEDED'],
      [{ date: '2026-06-14', startTime: '08:00', endTime: '09:00', catalogCode: 'LAP', quantity: 1 }, 422, 'ENTRY_WINDOW_CLOSED'],
      [{ date: '2026-06-20', startTime: '09:00', endTime: '10:00', catalogCode: 'LAP', quantity: 1 }, 422, 'ACTIVITY_IN_FUTURE'],
      [{ date: '2026-06-19', startTime: '08:00', endTime: '09:00', catalogCode: 'LAP', quantity: 1 }, 422, 'ACTIVITY_ON_LEAVE_DAY'],
      [{ date: '2026-06-17', startTime: '13:00', endTime: '14:00', catalogCode: 'LAP', quantity: 1, resultId: plans.headResultId }, 422, 'RESULT_NOT_IN_OWN_APPROVED_PLAN'],
      [{ date: '2026-06-17', startTime: '13:00', endTime: '14:00', catalogCode: 'NOPE', quantity: 1 }, 400, 'UNKNOWN_CATALOG_ITEM'],
      [{ date: '2026-06-17', startTime: '13:00', endTime: '14:00', catalogCode: 'LAP', quantity: '0.333' }, 400, 'INVALID_QUANTITY'],
    ];
    for (const [body, status, code] of cases) {
      const res = await log(body);
      expect({ body, status: res.status, code: res.body.code }).toEqual({ body, status, code });
      expect(String(res.headers['content-type'])).toContain('application/problem+json');
    }
    periods.closed.add('2026-06');
    const closed = await log({ date: '2026-06-17', startTime: '13:00', endTime: '14:00', catalogCode: 'LAP', quantity: 1 });
    periods.closed.delete('2026-06');
    expect([closed.status, closed.body.code]).toEqual([409, 'MONTH_CLOSED']);
    // A unit's own catalogue item is not available outside its subtree.
    expect(
      (await log({ date: '2026-06-17', startTime: '13:00', endTime: '14:00', catalogCode: 'RAPAT', quantity: 1, resultId: undefined, additionalTask: true }, o.tokens.outsider))
        .body.code,
    ).toBe('UNKNOWN_CATALOG_ITEM');
    expect(await staffActivities()).toEqual(before);
  });

  it("places an entry's day as the work calendar does (unit, zone, lineage, status), in one query", async () => {
    const calendarsFacade = t.app.get(WorkCalendarsFacade);
    const unitTree = t.app.get(UnitTreeFacade);
    const people = Object.values(o.ids);
    const days = eachDay('2019-12-30', '2026-07-02').filter((_, i, all) => i % 17 === 0 || i > all.length - 60);
    const calendars = await calendarsFacade.workCalendars(people, days[0], days[days.length - 1]);
    const placements = await calendarsFacade.placementsOn(people.flatMap((employeeId) => days.map((date) => ({ employeeId, date }))));
    for (const employeeId of people) {
      for (const date of days) {
        const day = calendars.get(employeeId)!.find((d) => d.date === date)!;
        const placed = placements.get(`${employeeId}|${date}`)!;
        const lineage = day.unitId ? await unitTree.unitLineage(day.unitId) : [];
        expect({ employeeId, date, ...placed }).toEqual({ employeeId, date, unitId: day.unitId, timeZone: day.timeZone, unitLineage: lineage, status: day.status });
      }
    }
  });

  it('pages the inbox in SQL across the Plh day, showing the same view of each activity as the employee sees', async () => {
    const pages: any[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `/api/v1/supervision/activities?status=SUBMITTED&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = await t.get(query, o.tokens.head);
      expect(res.status).toBe(200);
      pages.push(...res.body.items);
      cursor = res.body.next;
    } while (cursor && pages.length < 10);
    // The 17th (a3) is the Plh's: the director's pages skip it, oldest first.
    const byId = new Map((await staffActivities()).map((a: any) => [a.id, a]));
    const expected = [ids.a1, ids.a2, ids.a4].map((id) => byId.get(id)).sort((a: any, b: any) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? -1 : 1));
    // The inbox adds who the activity is from (readable-names.e2e.spec.ts); the rest is the employee's own view.
    expect(pages.map(({ employee, ...view }) => view)).toEqual(expected);
    expect(pages.map((p) => p.employee)).toEqual(expected.map(() => ({ id: o.ids.staff, nip: o.nips.staff, name: 'Analis Satu' })));
    expect((await t.get('/api/v1/supervision/activities?from=2026-06-16&to=2026-06-17', o.tokens.head)).body.items).toEqual([]);
    expect((await t.get('/api/v1/supervision/activities?from=2026-06-16&to=2026-06-17', o.tokens.kasubdit)).body.items.map((a: any) => a.id)).toEqual([ids.a3]);
  });

  it('the supervisor on the activity’s date reviews it: the director on the 15th, the Plh on the 17th', async () => {
    const headInbox = (await t.get('/api/v1/supervision/activities?status=SUBMITTED', o.tokens.head)).body.items.map((a: any) => a.id);
    expect(headInbox.sort()).toEqual([ids.a1, ids.a2, ids.a4].sort());
    const plhInbox = (await t.get('/api/v1/supervision/activities', o.tokens.kasubdit)).body.items.map((a: any) => a.id);
    expect(plhInbox).toEqual([ids.a3]);
    expect((await t.get('/api/v1/supervision/activities', o.tokens.sekjen)).body.items).toEqual([]);

    const before = await staffActivities();
    for (const [token, id] of [
      [o.tokens.head, ids.a3],
      [o.tokens.kasubdit, ids.a1],
      [o.tokens.sekjen, ids.a1],
      [o.tokens.staff, ids.a1],
    ]) {
      const res = await t.post(`/api/v1/activities/${id}/approve`, {}, token);
      expect([res.status, res.body.code]).toEqual([403, 'FORBIDDEN']);
    }
    const mixed = await t.post('/api/v1/supervision/activities/approve', { ids: [ids.a1, ids.a3] }, o.tokens.head);
    expect(mixed.status).toBe(403);
    expect((await t.post(`/api/v1/activities/${ids.a2}/approve`, { approvedQuantity: '0.5' }, o.tokens.head)).body.code).toBe('NOTE_REQUIRED_FOR_LOWER_QUANTITY');
    expect((await t.post(`/api/v1/activities/${ids.a2}/approve`, { approvedQuantity: '2', note: 'x' }, o.tokens.head)).body.code).toBe('APPROVED_QUANTITY_ABOVE_CLAIMED');
    expect((await t.post(`/api/v1/activities/${ids.a3}/reject`, {}, o.tokens.kasubdit)).status).toBe(400);
    expect(await staffActivities()).toEqual(before);
  });

  it('approves, approves a lower quantity with a note, rejects; the employee corrects and resubmits', async () => {
    const many = await expectStatus(t, '/api/v1/supervision/activities/approve', { ids: [ids.a1] }, o.tokens.head, 200);
    expect(many.items[0]).toMatchObject({ id: ids.a1, status: 'APPROVED', approvedQuantity: '2', approvedMinutes: 120, reviewedBy: o.ids.head });
    const reduced = await expectStatus(t, `/api/v1/activities/${ids.a2}/approve`, { approvedQuantity: '0.5', note: 'Rapat hanya setengah sesi' }, o.tokens.head, 200);
    expect(reduced).toMatchObject({ status: 'APPROVED', quantity: '1', approvedQuantity: '0.5', approvedMinutes: 45, reviewNote: 'Rapat hanya setengah sesi' });
    const rejected = await expectStatus(t, `/api/v1/activities/${ids.a3}/reject`, { reason: 'Tidak ada bukti' }, o.tokens.kasubdit, 200);
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: 'Tidak ada bukti' });
    expect((await t.post(`/api/v1/activities/${ids.a3}/approve`, {}, o.tokens.kasubdit)).status).toBe(409);

    const seen = (await t.get(`/api/v1/activities/${ids.a3}`, o.tokens.staff)).body;
    expect(seen).toMatchObject({ status: 'REJECTED', rejectionReason: 'Tidak ada bukti' });
    expect(
      (
        await t.post(
          `/api/v1/activities/${ids.a3}/resubmit`,
          { startTime: '08:00', endTime: '09:00', catalogCode: 'LAP', quantity: 1, description: 'x', additionalTask: true },
          o.tokens.staff2,
        )
      ).status,
    ).toBe(403);
    const corrected = await expectStatus(
      t,
      `/api/v1/activities/${ids.a3}/resubmit`,
      {
        startTime: '08:00',
        endTime: '09:00',
        catalogCode: 'LAP',
        quantity: 1,
        description: 'Laporan dengan bukti',
        additionalTask: true,
        evidenceUrl: 'https://drive.example.go.id/bukti.pdf',
      },
      o.tokens.staff,
      200,
    );
    expect(corrected).toMatchObject({ status: 'SUBMITTED', rejectionReason: null, evidenceUrl: 'https://drive.example.go.id/bukti.pdf' });
    await expectStatus(t, `/api/v1/activities/${ids.a3}/approve`, {}, o.tokens.kasubdit, 200);
  });

  it('evidence files: PDF/JPEG/PNG by their magic bytes, size-limited, readable by the supervisor', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(100, 0x20)]);
    const upload = (body: Buffer, type: string, token = o.tokens.staff) =>
      t.request('PUT', `/api/v1/activities/${ids.a4}/evidence`, { body: body, token, headers: { 'content-type': type } });
    expect((await upload(pdf, 'image/png')).body.code).toBe('EVIDENCE_TYPE_MISMATCH');
    expect((await upload(Buffer.alloc(4096, 0x25), 'application/pdf')).status).toBe(413);
    const foreign = await upload(pdf, 'application/pdf', o.tokens.staff2);
    expect(foreign.status).toBe(403);
    const ok = await upload(pdf, 'application/pdf');
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ evidenceFile: true, evidenceUrl: null });
    const download = await t.app.inject({ method: 'GET', url: `/api/v1/activities/${ids.a4}/evidence`, headers: { authorization: `Bearer ${o.tokens.head}` } });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect((await t.get(`/api/v1/activities/${ids.a4}/evidence`, o.tokens.outsider)).status).toBe(403);
  });

  it('HR imports from the previous system: every rule but the window, rows refused by index', async () => {
    const staff2Nip = (await t.get(`/api/v1/employees/${o.ids.staff2}`, o.tokens.admin)).body.nip;
    const days = ['01', '02', '05', '08', '09', '10', '11', '12', '15', '17', '18', '19', '22', '23', '24', '25', '26', '29'].map((d) => `2026-06-${d}`);
    const row = (date: string, extra: Record<string, unknown> = {}) => ({
      nip: staff2Nip,
      date,
      startTime: '08:00',
      endTime: '13:00',
      catalogCode: 'KEG',
      quantity: '5',
      description: 'Pendampingan lapangan',
      additionalTask: true,
      status: 'APPROVED',
      ...extra,
    });
    const res = await expectStatus(
      t,
      '/api/v1/activities/import',
      [
        ...days.map((d) => row(d)),
        row('2026-06-01', { startTime: '12:00', endTime: '14:00', quantity: 1 }),
        row('2026-06-03'),
        row('2026-06-30', { nip: '199001012015011999' }),
        row('2026-06-30', { resultId: plans.staffResultId, additionalTask: undefined }),
        row('2026-05-29', { status: 'SUBMITTED' }),
      ],
      o.tokens.admin,
      200,
    );
    expect(res).toEqual({
      accepted: 19,
      rejected: [
        { index: 18, code: 'ACTIVITIES_OVERLAP', detail: expect.any(String) },
        { index: 19, code: 'ACTIVITY_ON_LEAVE_DAY', detail: expect.any(String) },
        { index: 20, code: 'UNKNOWN_NIP', detail: expect.any(String) },
        { index: 21, code: 'RESULT_NOT_IN_OWN_APPROVED_PLAN', detail: expect.any(String) },
      ],
    });
    expect((await t.post('/api/v1/activities/import', [row('2026-06-30')], o.tokens.head)).status).toBe(403);
  });

  it('rules.md example A: 5,130 approved minutes of a 5,700 target (19 obliged days) is an achievement of 0.9', async () => {
    const res = await t.get(`/api/v1/employees/${o.ids.staff2}/achievement/2026-06`, o.tokens.staff2);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ month: '2026-06', obligedDays: 19, targetMinutes: 5700, approvedMinutes: 5130, pendingMinutes: 0, achievement: '0.9' });
  });

  it("the staff member's month: approved, reduced and rejected-then-corrected minutes; pending shown apart", async () => {
    const res = (await t.get(`/api/v1/employees/${o.ids.staff}/achievement/2026-06`, o.tokens.head)).body;
    // 21 working days (22 weekdays less the 16th) less two days of CT; 120 + 45 + 60 approved, 180 pending.
    expect(res).toMatchObject({
      month: '2026-06',
      obligedDays: 19,
      targetMinutes: 5700,
      approvedMinutes: 225,
      pendingMinutes: 180,
      achievement: '0.0395',
      unreviewedActivities: 1,
    });
    expect((await t.get(`/api/v1/employees/${o.ids.staff}/achievement/2026-06`, o.tokens.staff2)).status).toBe(403);
    expect((await t.get(`/api/v1/employees/${o.ids.staff}/achievement/2026-13`, o.tokens.head)).status).toBe(400);
  });

  it('once a month is closed, activities still awaiting review count as approved', async () => {
    const may = async () => (await t.get(`/api/v1/employees/${o.ids.staff2}/achievement/2026-05`, o.tokens.admin)).body;
    expect(await may()).toMatchObject({ approvedMinutes: 0, pendingMinutes: 285, monthClosed: false });
    periods.closed.add('2026-05');
    expect(await may()).toMatchObject({ approvedMinutes: 285, pendingMinutes: 285, monthClosed: true, unreviewedActivities: 1 });
    const facade = t.app.get(ActivityLoggingFacade);
    const many = await facade.monthlyAchievements([o.ids.staff, o.ids.staff2], '2026-06');
    expect([...many.values()].map((a) => [a.employeeId, a.achievement]).sort()).toEqual(
      [
        [o.ids.staff, '0.0395'],
        [o.ids.staff2, '0.9'],
      ].sort(),
    );
  });

  it('the unit roll-up sums minutes over the subtree, with one entry per direct sub-unit', async () => {
    const res = await t.get(`/api/v1/units/${o.directorate}/achievement/2026-06`, o.tokens.head);
    expect(res.status).toBe(200);
    // head 21 + staff 19 + staff2 19 + kasubdit 21 obliged days; 225 + 5,130 approved.
    expect(res.body).toMatchObject({
      month: '2026-06',
      unitId: o.directorate,
      employees: 4,
      obligedDays: 80,
      targetMinutes: 24000,
      approvedMinutes: 5355,
      pendingMinutes: 180,
      achievement: '0.2231',
    });
    expect(res.body.children).toEqual([
      { unitId: o.subdirectorate, employees: 1, obligedDays: 21, targetMinutes: 6300, approvedMinutes: 0, pendingMinutes: 0, achievement: '0', children: [] },
    ]);
    expect((await t.get(`/api/v1/units/${o.directorate}/achievement/2026-06`, o.tokens.staff)).status).toBe(403);
    expect((await t.get(`/api/v1/units/${o.ministry}/achievement/2026-06`, o.tokens.head)).status).toBe(403);
    expect((await t.get(`/api/v1/units/${o.ministry}/achievement/2026-06`, o.tokens.sekjen)).body.employees).toBe(6);
  });

  it('per-RHK realisation year to date against the indicator target', async () => {
    const res = await t.get(`/api/v1/performance-plans/${plans.staffPlanId}/realisation?to=2026-06-30`, o.tokens.staff);
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({
      resultId: plans.staffResultId,
      approvedQuantity: '2.5',
      approvedMinutes: 165,
      activities: 2,
      indicators: [{ target: '24', realised: '2.5', ratio: '0.1042' }],
    });
  });

  it('object-level access: colleagues cannot read each other’s activities', async () => {
    expect((await t.get(`/api/v1/activities/${ids.a1}`, o.tokens.staff2)).status).toBe(403);
    expect((await t.get(`/api/v1/activities?employeeId=${o.ids.staff}`, o.tokens.outsider)).status).toBe(403);
    expect((await t.get(`/api/v1/activities/${ids.a1}`, o.tokens.head)).status).toBe(200);
    const own = (await t.get('/api/v1/activities', o.tokens.staff)).body.items;
    expect(own.every((a: any) => a.employeeId === o.ids.staff)).toBe(true);
  });

  it('an approved activity on a day attendance classifies TK does not count (rules.md §3)', async () => {
    // The Kasubdit never clocked in on 18 June; the Plh day before is irrelevant here.
    const before = (await t.get(`/api/v1/employees/${o.ids.kasubdit}/achievement/2026-06`, o.tokens.admin)).body;
    const logged = await t.post(
      '/api/v1/activities',
      { date: '2026-06-18', startTime: '08:00', endTime: '10:00', catalogCode: 'LAP', quantity: '2', description: 'Laporan', additionalTask: true },
      o.tokens.kasubdit,
    );
    expect(logged.status).toBe(201);
    expect((await t.post(`/api/v1/activities/${logged.body.id}/approve`, {}, o.tokens.head)).status).toBe(200);
    const days = (await t.get(`/api/v1/attendance/days?employeeId=${o.ids.kasubdit}&month=2026-06`, o.tokens.admin)).body;
    expect(days.find((d: any) => d.date === '2026-06-18').codes).toEqual(['TK']);
    const after = (await t.get(`/api/v1/employees/${o.ids.kasubdit}/achievement/2026-06`, o.tokens.admin)).body;
    expect(after).toMatchObject({ obligedDays: before.obligedDays, approvedMinutes: 0, achievement: '0' });
  });

  it('concurrent entries of one slot: the day lock lets exactly one in, with its audit row', async () => {
    const body = { date: '2026-06-18', startTime: '13:00', endTime: '14:00', catalogCode: 'LAP', quantity: '1', description: 'Laporan', additionalTask: true };
    const results = await Promise.all(Array.from({ length: 8 }, () => t.post('/api/v1/activities', body, o.tokens.kasubdit)));
    const created = results.filter((r) => r.status === 201);
    expect(created).toHaveLength(1);
    expect(results.filter((r) => r.status !== 201).map((r) => [r.status, r.body.code])).toEqual(Array(7).fill([422, 'ACTIVITIES_OVERLAP']));
    const audit = (await t.get(`/api/v1/audit-log?action=LogActivity&targetId=${created[0].body.id}`, o.tokens.admin)).body.items;
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ id: created[0].body.id, startTime: '13:00', claimedMinutes: 60 });
  });
});

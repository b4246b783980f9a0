import { ACCESS_NOW, ACCESS_TODAY, AccessOrg, buildAccessOrg } from '../support/access-org';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

/**
 * Issue 10, point 4: a supervisor reads a subordinate's history only for the days they supervised them. The
 * deputy stands in (Plh) for the head of balai A on ACCESS_TODAY (17 June) only; the staff member has punches,
 * absences and activities on 15 June and on 17 June.
 */
describe('access: history is read per record', () => {
  let t: TestApp;
  let o: AccessOrg;
  const activity: Record<'before' | 'today', string> = { before: '', today: '' };
  const absence: Record<'before' | 'today', string> = { before: '', today: '' };

  beforeAll(async () => {
    t = await startTestApp({}, { clock: new TestClock(ACCESS_NOW) });
    o = await buildAccessOrg(t);
    const imported = await t.post(
      '/api/v1/attendance/clock-events/import',
      [
        { nip: o.nips.staff, at: '2026-06-15T09:30:00+08:00', direction: 'IN' },
        { nip: o.nips.staff, at: `${ACCESS_TODAY}T09:30:00+08:00`, direction: 'IN' },
      ],
      o.tokens.admin,
    );
    expect(imported.body.accepted).toBe(2);
    expect((await t.post('/api/v1/activity-catalog', { code: 'LAP', name: 'Menyusun laporan', outputUnit: 'laporan', minutesPerUnit: 60 }, o.tokens.admin)).status).toBe(201);
    for (const [key, date] of [
      ['before', '2026-06-15'],
      ['today', ACCESS_TODAY],
    ] as const) {
      const logged = await t.post(
        '/api/v1/activities',
        { date, startTime: '08:00', endTime: '09:00', catalogCode: 'LAP', quantity: 1, description: 'Laporan', additionalTask: true },
        o.tokens.staff,
      );
      expect(logged.status).toBe(201);
      activity[key] = logged.body.id;
    }
    for (const [key, from, to] of [
      ['before', '2026-06-08', '2026-06-09'],
      ['today', '2026-06-18', '2026-06-19'],
    ] as const) {
      const recorded = await t.post('/api/v1/absences', { employeeId: o.ids.staff, type: 'DL', startDate: from, endDate: to, reason: 'Sakit gigi' }, o.tokens.admin);
      expect(recorded.status).toBe(201);
      absence[key] = recorded.body.id;
    }
    // The deputy's one day also covers an absence that began before it and ends on it.
    const spanning = await t.post('/api/v1/absences', { employeeId: o.ids.staff2, type: 'DL', startDate: '2026-06-15', endDate: ACCESS_TODAY, reason: 'Dinas' }, o.tokens.admin);
    expect(spanning.status).toBe(201);
    // Building the organisation logs ten people in (argon2): on a busy machine that outlasts 30 s.
  }, 120_000);
  afterAll(() => t.close());

  const clockDays = async (token: string) => {
    const res = await t.get(`/api/v1/attendance/clock-events?employeeId=${o.ids.staff}&from=2026-06-01&to=${ACCESS_TODAY}`, token);
    expect(res.status).toBe(200);
    return res.body.items.map((e: { at: string }) => e.at.slice(0, 10));
  };
  const activityDates = async (token: string) =>
    (await t.get(`/api/v1/activities?employeeId=${o.ids.staff}&month=2026-06`, token)).body.items.map((a: { date: string }) => a.date).sort();
  const absenceIds = async (employeeId: string, token: string) =>
    (await t.get(`/api/v1/absences?employeeId=${employeeId}`, token)).body.items.map((a: { id: string }) => a.id).sort();

  it('a one-day Plh lists only that day’s clock events, activities and absences', async () => {
    expect(await clockDays(o.tokens.deputy)).toEqual([ACCESS_TODAY]);
    expect(await activityDates(o.tokens.deputy)).toEqual([ACCESS_TODAY]);
    expect(await absenceIds(o.ids.staff, o.tokens.deputy)).toEqual([]);
    expect(await absenceIds(o.ids.staff2, o.tokens.deputy)).toHaveLength(1);
  });

  it('a single record outside those days is refused to the Plh (403 for an activity, 404 for an absence, which hides itself)', async () => {
    expect((await t.get(`/api/v1/activities/${activity.before}`, o.tokens.deputy)).status).toBe(403);
    expect((await t.get(`/api/v1/activities/${activity.today}`, o.tokens.deputy)).status).toBe(200);
    expect((await t.get(`/api/v1/absences/${absence.before}`, o.tokens.deputy)).status).toBe(404);
    expect((await t.get(`/api/v1/absences/${absence.today}`, o.tokens.deputy)).status).toBe(404);
  });

  it('the unit admin, HR and the employee read every day; the head every day but the one the Plh stood in', async () => {
    for (const who of ['adminA', 'admin', 'staff'] as const) {
      expect([who, await clockDays(o.tokens[who])]).toEqual([who, ['2026-06-15', ACCESS_TODAY]]);
      expect([who, await activityDates(o.tokens[who])]).toEqual([who, ['2026-06-15', ACCESS_TODAY]]);
      expect([who, (await absenceIds(o.ids.staff, o.tokens[who])).length]).toEqual([who, 2]);
    }
    expect(await clockDays(o.tokens.head)).toEqual(['2026-06-15']);
    expect(await activityDates(o.tokens.head)).toEqual(['2026-06-15']);
    expect(await absenceIds(o.ids.staff, o.tokens.head)).toEqual([absence.before, absence.today].sort());
    expect((await t.get(`/api/v1/absences/${absence.before}`, o.tokens.head)).status).toBe(200);
  });

  it('a peer, a lower role and a unit admin of another unit read none of it', async () => {
    for (const who of ['staff2', 'staffA1', 'adminB'] as const) {
      expect([who, (await t.get(`/api/v1/attendance/clock-events?employeeId=${o.ids.staff}&from=2026-06-01&to=${ACCESS_TODAY}`, o.tokens[who])).status]).toEqual([who, 403]);
      expect([who, (await t.get(`/api/v1/activities?employeeId=${o.ids.staff}&month=2026-06`, o.tokens[who])).status]).toEqual([who, 403]);
      expect([who, (await t.get(`/api/v1/absences?employeeId=${o.ids.staff}`, o.tokens[who])).status]).toEqual([who, 403]);
    }
  });
});

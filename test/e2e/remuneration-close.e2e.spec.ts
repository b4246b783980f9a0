import { Client } from 'pg';
import { OrgBuilder, PASSWORD } from '../support/org-builder';
import { untilClosed, untilFeedHas } from '../support/remuneration';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

/**
 * rules.md §8 worked examples A and B end to end through HTTP: organization, clock events, leave, activities
 * and a rating → the close → statements, explanation and payroll events with exactly those amounts; and who
 * may read them.
 */
describe('remuneration: the monthly close and the statements, through the API', () => {
  let t: TestApp;
  let db: Client;
  let admin: string;
  // 1 July 2026, 10:00 WIB: June is over, nothing of it closed yet.
  const clock = new TestClock('2026-07-01T03:00:00Z');
  const ids: Record<string, string> = {};
  const nips: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  const ok = async (path: string, body: unknown, token = admin) => {
    const res = await t.post(path, body, token);
    if (res.status >= 300) throw new Error(`POST ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const wib = (nip: string, date: string, clockIn: string, clockOut: string) => [
    { nip, at: `${date}T${clockIn}+07:00`, direction: 'IN' },
    { nip, at: `${date}T${clockOut}+07:00`, direction: 'OUT' },
  ];
  const june = (days: string[]) => days.map((d) => `2026-06-${d}`);
  const activity = (nip: string, date: string, catalogCode: string, endTime: string) => ({
    nip,
    date,
    startTime: '08:00',
    endTime,
    catalogCode,
    quantity: '5',
    description: 'Pendampingan lapangan',
    additionalTask: true,
    status: 'APPROVED',
  });
  const statement = (who: string, token = admin, suffix = '') => t.get(`/api/v1/employees/${ids[who]}/statements/2026-06${suffix}`, token);

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    admin = await t.adminToken();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    const org = new OrgBuilder(t, admin);
    const root = await org.unit('ROOT', null);
    const dit = await org.unit('DIT', root.id);
    const subdit = await org.unit('SUBDIT', dit.id, { type: 'ESELON_III' });
    const other = await org.unit('OTHER', root.id);
    const headPos = await org.position('HEAD', dit.id, null, 'ADMINISTRATOR', 12);
    const kelas8 = await org.position('ANALIS', subdit.id, headPos.id, 'PELAKSANA', 8);
    const kelas7 = await org.position('PENGADMIN', subdit.id, headPos.id, 'PELAKSANA', 7);
    const otherPos = await org.position('OTHER-STAFF', other.id, null, 'PELAKSANA', 8);
    const people = {
      head: await org.placed('Kepala', headPos.id),
      a: await org.placed('Contoh A', kelas8.id),
      colleague: await org.placed('Rekan', kelas8.id),
      unitAdmin: await org.placed('Admin Unit', kelas8.id),
      outsider: await org.placed('Admin Lain', otherPos.id),
      payroll: await org.placed('Juru Bayar', otherPos.id),
    };
    const b = await org.employee('Contoh B', { status: 'CPNS', since: '2026-06-15' });
    await org.assign(b.id, kelas7.id, 'DEFINITIVE', '2026-06-15');
    for (const [k, v] of Object.entries({ ...people, b })) {
      ids[k] = v.id;
      nips[k] = v.nip;
    }
    Object.assign(ids, { dit: dit.id, subdit: subdit.id, other: other.id, root: root.id });
    await ok(`/api/v1/employees/${ids.unitAdmin}/roles`, { role: 'UNIT_ADMIN', unitId: dit.id });
    await ok(`/api/v1/employees/${ids.outsider}/roles`, { role: 'UNIT_ADMIN', unitId: other.id });
    await ok(`/api/v1/employees/${ids.payroll}/roles`, { role: 'PAYROLL' });
    for (const k of Object.keys(nips)) tokens[k] = await t.login(nips[k], PASSWORD);
    await ok('/api/v1/holidays', { date: '2026-06-16', name: 'Tahun Baru Islam' });
    await ok('/api/v1/activity-catalog', { code: 'KEG', name: 'Kegiatan lapangan', outputUnit: 'kegiatan', minutesPerUnit: 57 });
    await ok('/api/v1/activity-catalog', { code: 'ADM', name: 'Administrasi', outputUnit: 'berkas', minutesPerUnit: 54 });

    // Example A: TL1 on the 1st and 3rd, a compensated late arrival on Tuesday the 2nd, PSW1 on Friday the
    // 5th, TK on the 8th, CT on the 9th and 10th; every other working day on time.
    const aSpecial: Record<string, [string, string] | null> = {
      '01': ['07:45:00', '16:00:00'],
      '03': ['07:45:00', '16:00:00'],
      '02': ['07:50:00', '16:25:00'],
      '05': ['07:30:00', '16:14:00'],
      '08': null,
      '09': null,
      '10': null,
    };
    const workingDays = ['01', '02', '03', '04', '05', '08', '09', '10', '11', '12', '15', '17', '18', '19', '22', '23', '24', '25', '26', '29', '30'];
    const onTime = (d: string): [string, string] => ['07:25:00', ['05', '12', '19', '26'].includes(d) ? '16:35:00' : '16:05:00'];
    const clockEvents = [
      ...workingDays.flatMap((d) => (aSpecial[d] === null ? [] : wib(nips.a, `2026-06-${d}`, ...(aSpecial[d] ?? onTime(d))))),
      // Example B: from the 15th, every working day on time.
      ...workingDays.filter((d) => d >= '15').flatMap((d) => wib(nips.b, `2026-06-${d}`, ...onTime(d))),
    ];
    const imported = await ok('/api/v1/attendance/clock-events/import', clockEvents);
    expect(imported).toMatchObject({ accepted: clockEvents.length, rejected: [] });
    await ok('/api/v1/absences', { employeeId: ids.a, type: 'CT', startDate: '2026-06-09', endDate: '2026-06-10', reason: 'Keperluan keluarga' });
    // A: 18 counted days × 285 min = 5,130 of a 5,700 target (the TK day's activities would not count).
    // B: 11 days × 270 min = 2,970 of 3,300.
    const activities = [
      ...june(workingDays.filter((d) => aSpecial[d] !== null)).map((date) => activity(nips.a, date, 'KEG', '13:00')),
      ...june(workingDays.filter((d) => d >= '15')).map((date) => activity(nips.b, date, 'ADM', '12:30')),
    ];
    expect(await ok('/api/v1/activities/import', activities)).toEqual({ accepted: 29, rejected: [] });
    // A is rated Baik by the head for June; B is not rated by the close.
    expect(
      await ok('/api/v1/appraisals', { employeeId: ids.a, period: '2026-06', resultRating: 'AS_EXPECTED', behaviourRating: 'AS_EXPECTED' }, await t.login(nips.head, PASSWORD)),
    ).toMatchObject({
      predikat: 'BAIK',
    });
  }, 180_000);
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it('before the close there are no statements', async () => {
    expect((await statement('a')).status).toBe(404);
    expect((await t.get('/api/v1/periods/2026-06', admin)).body).toEqual({ month: '2026-06', status: 'OPEN', closedAt: null, statementCount: 0, staleCount: 0 });
  });

  it('HR closes June: one statement per employee with an eligible day, written exactly once', async () => {
    const res = await t.post('/api/v1/periods/2026-06/close', {}, admin);
    expect([res.status, res.body]).toEqual([202, { month: '2026-06', status: 'CLOSING' }]);
    const closed = await untilClosed(t, admin, '2026-06');
    expect(closed.statementCount).toBe(7);
    expect((await db.query(`SELECT count(*)::int AS n FROM remuneration.statements WHERE month = '2026-06'`)).rows[0].n).toBe(7);
    expect((await t.post('/api/v1/periods/2026-06/close', {}, admin)).body).toEqual({ month: '2026-06', status: 'CLOSED' });
    expect((await db.query(`SELECT count(*)::int AS n FROM platform.outbox WHERE type = 'remuneration.allowance-posted.v1'`)).rows[0].n).toBe(7);
  });

  it('worked example A: gross 4,595,150, ATTENDANCE 6.5 % = 298,685, PERFORMANCE 7 % = 321,660, net 3,974,805', async () => {
    const res = await statement('a', tokens.a);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      statementId: expect.any(String),
      version: 1,
      month: '2026-06',
      employee: { id: ids.a, nip: nips.a, name: 'Contoh A' },
      unit: { id: ids.subdit, code: 'SUBDIT' },
      currency: 'IDR',
      gross: 4595150,
      lines: [
        { code: 'SANCTION', percent: '0', amount: 0 },
        { code: 'ATTENDANCE', percent: '6.5', amount: 298685 },
        { code: 'LEAVE', percent: '0', amount: 0 },
        { code: 'PERFORMANCE', percent: '7', amount: 321660 },
      ],
      net: 3974805,
      previousNet: null,
      delta: 3974805,
      flags: [],
    });
    expect(res.body.inputs).toMatchObject({
      month: '2026-06',
      attendancePercent: '6.5',
      leavePercent: '0',
      activity: { approvedMinutes: 5130, targetMinutes: 5700 },
      rating: 'BAIK',
      facts: { attendance: { workingDays: 21, counts: { TL1: 2, PSW1: 1, TK: 1, CT: 2 } }, achievement: { obligedDays: 19 } },
    });
    expect(res.body.inputs.days).toHaveLength(30);
    expect(res.body.inputs.days[0]).toEqual({ date: '2026-06-01', kelas: 8, status: 'PNS', pltKelas: null });
  });

  it('worked example B: CPNS from the 15th, gross 1,670,805, PERFORMANCE 116,956, net 1,553,849, flagged NOT_RATED', async () => {
    const res = await statement('b', tokens.b);
    expect(res.body).toMatchObject({
      gross: 1670805,
      lines: [
        { code: 'SANCTION', percent: '0', amount: 0 },
        { code: 'ATTENDANCE', percent: '0', amount: 0 },
        { code: 'LEAVE', percent: '0', amount: 0 },
        { code: 'PERFORMANCE', percent: '7', amount: 116956 },
      ],
      net: 1553849,
      flags: ['NOT_RATED'],
    });
    expect(res.body.inputs.days.filter((d: any) => d.kelas === 7).map((d: any) => d.date)).toEqual(
      june(['15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30']),
    );
  });

  it('the payroll event of a statement is a CloudEvent of the statement, subject employees/{nip}/months/{month}', async () => {
    const a = (await statement('a')).body;
    const rows = (await db.query(`SELECT id, type, source, subject, payload FROM platform.outbox WHERE subject = $1`, [`employees/${nips.a}/months/2026-06`])).rows;
    expect(rows).toEqual([
      { id: expect.any(String), type: 'remuneration.allowance-posted.v1', source: 'e-performance/remuneration', subject: `employees/${nips.a}/months/2026-06`, payload: a },
    ]);
  });

  it('payroll reads the feed: every statement version as a CloudEvent, in commit order, none twice when passing next', async () => {
    await untilFeedHas(t, tokens.payroll, 7);
    const first = await t.get('/api/v1/payroll/events?limit=4', tokens.payroll);
    expect(first.status).toBe(200);
    expect(first.body.events).toHaveLength(4);
    const rest = await t.get(`/api/v1/payroll/events?after=${first.body.next}`, tokens.payroll);
    const events = [...first.body.events, ...rest.body.events];
    expect(events).toHaveLength(7);
    expect(new Set(events.map((e: any) => e.id)).size).toBe(7);
    expect(events.find((e: any) => e.subject === `employees/${nips.a}/months/2026-06`)).toEqual({
      specversion: '1.0',
      id: expect.any(String),
      source: 'e-performance/remuneration',
      type: 'remuneration.allowance-posted.v1',
      subject: `employees/${nips.a}/months/2026-06`,
      time: expect.any(String),
      datacontenttype: 'application/json',
      data: (await statement('a')).body,
    });
    expect((await t.get(`/api/v1/payroll/events?after=${rest.body.next}`, tokens.payroll)).body).toEqual({ events: [], next: rest.body.next });
    for (const token of [tokens.a, tokens.unitAdmin, tokens.head]) expect((await t.get('/api/v1/payroll/events', token)).status).toBe(403);
    const bad = await t.get('/api/v1/payroll/events?after=nope', tokens.payroll);
    expect([bad.status, bad.body.errors[0].field]).toEqual([400, 'after']);
  });

  it('the explanation tells every rupiah in Bahasa Indonesia, and in English on request', async () => {
    const id = await t.get(`/api/v1/employees/${ids.a}/statements/2026-06/explanation`, tokens.a);
    expect(id.status).toBe(200);
    expect(id.body.lines.map((l: any) => [l.code, l.percent, l.amount])).toEqual([
      ['SANCTION', '0', 0],
      ['ATTENDANCE', '6.5', 298685],
      ['LEAVE', '0', 0],
      ['PERFORMANCE', '7', 321660],
    ]);
    expect(id.body.lines[1].text).toMatch(/TL1/);
    expect(id.body.days).toHaveLength(30);
    const en = await t.request('GET', `/api/v1/employees/${ids.a}/statements/2026-06/explanation`, { token: tokens.a, headers: { 'accept-language': 'en' } });
    expect(en.body.lines[1].text).not.toEqual(id.body.lines[1].text);
  });

  it('versions lists version 1', async () => {
    const res = await statement('a', tokens.payroll, '/versions');
    expect(res.status).toBe(200);
    expect(res.body.items.map((s: any) => [s.version, s.net])).toEqual([[1, 3974805]]);
  });

  it('the employee, HR, payroll, auditors and the unit admin read a statement; a colleague, the supervisor and another unit’s admin do not', async () => {
    await ok(`/api/v1/employees/${ids.colleague}/roles`, { role: 'AUDITOR' });
    const auditor = await t.login(nips.colleague, PASSWORD);
    for (const [who, token] of [
      ['a', tokens.a],
      ['admin', admin],
      ['payroll', tokens.payroll],
      ['unitAdmin', tokens.unitAdmin],
      ['auditor', auditor],
    ]) {
      expect([who, (await statement('a', token)).status]).toEqual([who, 200]);
    }
    for (const [who, token] of [
      ['b', tokens.b],
      ['head (supervisor)', tokens.head],
      ['outsider (other unit admin)', tokens.outsider],
    ]) {
      for (const suffix of ['', '/versions', '/explanation']) {
        const res = await statement('a', token, suffix);
        expect([who, suffix, res.status, res.body.code]).toEqual([who, suffix, 403, 'FORBIDDEN']);
      }
    }
    expect((await t.get(`/api/v1/employees/${ids.a}/statements/2026-13`, admin)).status).toBe(400);
  });

  it('the month’s statements are listed page by page; a unit admin sees only their units; others are refused', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: any = await t.get(`/api/v1/periods/2026-06/statements?limit=3${cursor ? `&cursor=${cursor}` : ''}`, tokens.payroll);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((s: any) => s.employee.id));
      cursor = res.body.next;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    const scoped = await t.get('/api/v1/periods/2026-06/statements', tokens.unitAdmin);
    expect(scoped.body.items.map((s: any) => s.employee.id).sort()).toEqual([ids.head, ids.a, ids.colleague, ids.unitAdmin, ids.b].sort());
    const subdit = await t.get(`/api/v1/periods/2026-06/statements?unitId=${ids.subdit}`, admin);
    expect(subdit.body.items.map((s: any) => s.employee.id).sort()).toEqual([ids.a, ids.colleague, ids.unitAdmin, ids.b].sort());
    expect((await t.get(`/api/v1/periods/2026-06/statements?unitId=${ids.dit}`, tokens.outsider)).status).toBe(403);
    expect((await t.get('/api/v1/periods/2026-06/statements', tokens.head)).status).toBe(403);
    expect((await t.get('/api/v1/periods/2026-06/statements', tokens.a)).status).toBe(403);
    const bad = await t.get('/api/v1/periods/2026-06/statements?unitId=nope', admin);
    expect([bad.status, bad.body.errors.map((e: any) => e.field)]).toEqual([400, ['unitId']]);
  });

  describe('sanctions', () => {
    it('HR enters one: 201, audited, published, listed; its closed month’s statement becomes stale', async () => {
      const body = { employeeId: ids.a, percent: '25', startMonth: '2026-06', months: 6, reason: 'Tidak masuk kerja tanpa keterangan', decreeNumber: '800/12/KEP/2026' };
      const res = await t.post('/api/v1/sanctions', body, admin);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ id: expect.any(String), ...body, endMonth: '2026-11' });
      expect((await t.get(`/api/v1/sanctions?employeeId=${ids.a}`, tokens.a)).body).toEqual({ items: [res.body], next: null });
      expect((await t.get(`/api/v1/sanctions/${res.body.id}`, tokens.unitAdmin)).body).toEqual(res.body);
      const audit = await db.query(`SELECT action, actor_name, reason FROM platform.audit_log WHERE target_type = 'Sanction' AND target_id = $1`, [res.body.id]);
      expect(audit.rows).toEqual([{ action: 'ImposeSanction', actor_name: 'test.admin', reason: body.reason }]);
      const event = await db.query(`SELECT type, subject, payload FROM platform.outbox WHERE type = 'remuneration.sanction-imposed.v1'`);
      expect(event.rows).toEqual([{ type: 'remuneration.sanction-imposed.v1', subject: `employees/${ids.a}`, payload: { sanctionId: res.body.id, ...body, endMonth: '2026-11' } }]);
      expect((await db.query(`SELECT stale FROM remuneration.statements WHERE employee_id = $1 AND month = '2026-06'`, [ids.a])).rows).toEqual([{ stale: true }]);
    });

    it('HR recomputes the stale statement: version 2 with the SANCTION line, previousNet and delta, sent as allowance-adjusted', async () => {
      for (const token of [tokens.unitAdmin, tokens.payroll, tokens.a]) expect((await t.post('/api/v1/periods/2026-06/recompute', {}, token)).status).toBe(403);
      const open = await t.post('/api/v1/periods/2026-08/recompute', {}, admin);
      expect([open.status, open.body.code]).toEqual([422, 'MONTH_NOT_CLOSED']);
      const res = await t.post('/api/v1/periods/2026-06/recompute', {}, admin);
      expect([res.status, res.body]).toEqual([200, { month: '2026-06', stale: 1, recomputed: 1 }]);
      const v2 = (await statement('a', tokens.a)).body;
      expect(v2).toMatchObject({
        version: 2,
        gross: 4595150,
        lines: [
          { code: 'SANCTION', percent: '25', amount: 1148788 },
          { code: 'ATTENDANCE', percent: '6.5', amount: 298684 },
          { code: 'LEAVE', percent: '0', amount: 0 },
          { code: 'PERFORMANCE', percent: '7', amount: 321661 },
        ],
        net: 2826017,
        previousNet: 3974805,
        delta: -1148788,
      });
      expect((await statement('a', admin, '/versions')).body.items.map((s: any) => s.version)).toEqual([1, 2]);
      const events = await db.query(`SELECT type, payload FROM platform.outbox WHERE subject = $1 ORDER BY position`, [`employees/${nips.a}/months/2026-06`]);
      expect(events.rows.map((r) => r.type)).toEqual(['remuneration.allowance-posted.v1', 'remuneration.allowance-adjusted.v1']);
      expect(events.rows[1].payload).toEqual(v2);
      expect((await t.post('/api/v1/periods/2026-06/recompute', {}, admin)).body).toEqual({ month: '2026-06', stale: 0, recomputed: 0 });
      expect((await db.query(`SELECT count(*)::int AS n FROM remuneration.statements WHERE stale`)).rows[0].n).toBe(0);
    });

    it('refuses bad input naming each field, non-HR writers and readers without access', async () => {
      const bad = await t.post('/api/v1/sanctions', { employeeId: 'x', percent: '0.001', startMonth: '2026-6', months: 0, reason: '', decreeNumber: '' }, admin);
      expect(bad.status).toBe(400);
      expect(String(bad.headers['content-type'])).toContain('application/problem+json');
      expect([...new Set(bad.body.errors.map((e: any) => e.field))].sort()).toEqual(['decreeNumber', 'employeeId', 'months', 'percent', 'reason', 'startMonth']);
      const over = await t.post('/api/v1/sanctions', { employeeId: ids.a, percent: '101', startMonth: '2026-07', months: 1, reason: 'x'.repeat(5), decreeNumber: 'K-1' }, admin);
      expect([over.status, over.body.errors?.[0]?.field]).toEqual([400, 'percent']);
      const unknown = await t.post(
        '/api/v1/sanctions',
        { employeeId: '00000000-0000-4000-8000-000000000000', percent: '25', startMonth: '2026-07', months: 1, reason: 'alasan', decreeNumber: 'K-1' },
        admin,
      );
      expect(unknown.status).toBe(404);
      for (const token of [tokens.unitAdmin, tokens.payroll, tokens.head, tokens.a]) {
        expect(
          (await t.post('/api/v1/sanctions', { employeeId: ids.a, percent: '25', startMonth: '2026-07', months: 1, reason: 'alasan', decreeNumber: 'K-1' }, token)).status,
        ).toBe(403);
      }
      for (const token of [tokens.head, tokens.outsider, tokens.b]) {
        expect((await t.get(`/api/v1/sanctions?employeeId=${ids.a}`, token)).status).toBe(403);
      }
      expect((await t.get('/api/v1/sanctions', admin)).body.errors[0].field).toBe('employeeId');
    });
  });
});

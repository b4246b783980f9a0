import { UnitOfWork } from '../../src/platform/database/unit-of-work';
import { AchievementFacts } from '../../src/modules/appraisal/application/ports/achievement-facts.port';
import { AppraisalFacade } from '../../src/modules/appraisal/public/appraisal.facade';
import { OrgBuilder, PASSWORD } from '../support/org-builder';
import { startTestApp, TestApp } from '../support/test-app';
import { TestClock } from '../support/test-clock';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfParse: (data: Buffer) => Promise<{ text: string }> = require('pdf-parse');

type Person = { id: string; nip: string; token: string };

/**
 * ROOT (MIN: minister) ── DIT (DIR: dir, top of DIT) ── KASUBAG: kasubag until 2026-06-30, kasubag2 after
 *                      │                           └─ STAFF ×3 under KASUBAG: s1, s2, s3
 *                      │   └─ SUB (SUBHEAD vacant, Plt: analyst) ── p1
 *                      │   └─ ANALYST (under DIR): analyst
 *                      └─ LAB (LABHEAD: labhead) ── l1..l4, m
 */
describe('appraisal (PermenPANRB 6/2022) through the API', () => {
  let t: TestApp;
  let admin: string;
  const clock = new TestClock('2026-11-01T03:00:00Z');
  const p: Record<string, Person> = {};
  const unit: Record<string, string> = {};

  const rate = (by: Person, body: Record<string, unknown>) => t.post('/api/v1/appraisals', body, by.token);

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    admin = await t.adminToken();
    const org = new OrgBuilder(t, admin);
    const root = await org.unit('ROOT', null);
    const dit = await org.unit('DIT', root.id);
    const sub = await org.unit('SUB', dit.id, { type: 'ESELON_III' });
    const lab = await org.unit('LAB', root.id, { timeZone: 'Asia/Jayapura' });
    Object.assign(unit, { root: root.id, dit: dit.id, sub: sub.id, lab: lab.id });
    const min = await org.position('MIN', root.id, null, 'JPT_MADYA', 17);
    const dir = await org.position('DIR', dit.id, min.id, 'JPT_PRATAMA', 14);
    const kasubag = await org.position('KASUBAG', dit.id, dir.id, 'PENGAWAS', 9);
    const staff = await org.position('STAFF', dit.id, kasubag.id, 'PELAKSANA', 6);
    const analyst = await org.position('ANALYST', dit.id, dir.id, 'FUNGSIONAL', 8);
    const subhead = await org.position('SUBHEAD', sub.id, dir.id, 'ADMINISTRATOR', 11);
    const subStaff = await org.position('SUBSTAFF', sub.id, subhead.id, 'PELAKSANA', 6);
    const labhead = await org.position('LABHEAD', lab.id, min.id, 'ADMINISTRATOR', 12);
    const labStaff = await org.position('LABSTAFF', lab.id, labhead.id, 'PELAKSANA', 7);

    const person = async (key: string, name: string, positionId: string) => {
      const e = await org.placed(name, positionId);
      p[key] = { ...e, token: '' };
    };
    await person('minister', 'Menteri Sosial', min.id);
    await person('dir', 'Direktur Rehabilitasi', dir.id);
    p.kasubag = { ...(await org.employee('Kasubag Lama')), token: '' };
    await org.assign(p.kasubag.id, kasubag.id, 'DEFINITIVE', '2020-01-01', '2026-06-30');
    p.kasubag2 = { ...(await org.employee('Kasubag Baru')), token: '' };
    await org.assign(p.kasubag2.id, kasubag.id, 'DEFINITIVE', '2026-07-01');
    for (const k of ['s1', 's2', 's3']) await person(k, `Staf ${k.toUpperCase()}`, staff.id);
    await person('analyst', 'Analis Kebijakan', analyst.id);
    await org.assign(p.analyst.id, subhead.id, 'PLT', '2026-01-01');
    await person('p1', 'Pelaksana Sub', subStaff.id);
    await person('labhead', 'Kepala Laboratorium Sosial', labhead.id);
    for (const k of ['l1', 'l2', 'l3', 'l4', 'm']) await person(k, `Staf Lab ${k.toUpperCase()}`, labStaff.id);
    for (const key of Object.keys(p)) p[key].token = await t.login(p[key].nip, PASSWORD);
  });
  afterAll(() => t.close());

  describe('the predikat matrix', () => {
    const cells = [
      ['ABOVE', 'BELOW', 'KURANG'],
      ['ABOVE', 'AS_EXPECTED', 'BAIK'],
      ['ABOVE', 'ABOVE', 'SANGAT_BAIK'],
      ['AS_EXPECTED', 'BELOW', 'KURANG'],
      ['AS_EXPECTED', 'AS_EXPECTED', 'BAIK'],
      ['AS_EXPECTED', 'ABOVE', 'BAIK'],
      ['BELOW', 'BELOW', 'SANGAT_KURANG'],
      ['BELOW', 'AS_EXPECTED', 'BUTUH_PERBAIKAN'],
      ['BELOW', 'ABOVE', 'BUTUH_PERBAIKAN'],
    ];
    it.each(cells.map(([r, b, predikat], i) => [r, b, predikat, `2025-${String(i + 1).padStart(2, '0')}`]))(
      'results %s and behaviour %s give %s (%s)',
      async (resultRating, behaviourRating, predikat, period) => {
        const res = await rate(p.labhead, { employeeId: p.m.id, period, resultRating, behaviourRating });
        expect(res.status).toBe(201);
        expect(res.body).toEqual({ id: expect.any(String), predikat });
      },
    );
  });

  it('per-value behaviour ratings with notes are kept, with the suggested overall rating and development areas', async () => {
    const behaviours = [
      { value: 'BERORIENTASI_PELAYANAN', rating: 'AS_EXPECTED' },
      { value: 'AKUNTABEL', rating: 'BELOW', note: 'Laporan perjalanan dinas terlambat' },
      { value: 'KOMPETEN', rating: 'AS_EXPECTED' },
      { value: 'HARMONIS', rating: 'ABOVE' },
      { value: 'LOYAL', rating: 'AS_EXPECTED' },
      { value: 'ADAPTIF', rating: 'BELOW', note: 'Belum memakai aplikasi baru' },
      { value: 'KOLABORATIF', rating: 'AS_EXPECTED' },
    ];
    const res = await rate(p.labhead, {
      employeeId: p.m.id,
      period: '2025-10',
      resultRating: 'AS_EXPECTED',
      behaviourRating: 'AS_EXPECTED',
      behaviours,
      feedback: 'Terus tingkatkan.',
    });
    expect(res.status).toBe(201);
    const got = await t.get(`/api/v1/appraisals/${res.body.id}`, p.m.token);
    expect(got.status).toBe(200);
    expect(got.body.current).toMatchObject({
      predikat: 'BAIK',
      suggestedBehaviourRating: 'AS_EXPECTED',
      feedback: 'Terus tingkatkan.',
      ratedBy: { employeeId: p.labhead.id, acting: null },
    });
    expect(got.body.current.behaviours).toHaveLength(7);
    // Nothing was logged, planned or clocked in October 2025: 23 weekdays owed, none met.
    expect(got.body.facts).toEqual({
      activity: { approvedMinutes: 0, targetMinutes: 23 * 300, achievementPercent: '0' },
      workResults: null,
      attendance: { workingDays: 23, presentDays: 0, absentDays: 23, lateMinutes: 0 },
    });
    const areas = await t.get(`/api/v1/employees/${p.m.id}/development-areas/2025-10`, admin);
    expect(areas.body.areas.map((a: any) => a.value)).toEqual(['AKUNTABEL', 'ADAPTIF']);
    expect(areas.body.areas[0].note).toBe('Laporan perjalanan dinas terlambat');
  });

  it('bad input is a 400 and a second rating of the same period a 409, neither changing anything', async () => {
    const bad = await rate(p.labhead, { employeeId: p.m.id, period: '2025-13', resultRating: 'GREAT', behaviourRating: 'AS_EXPECTED' });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const dup = await rate(p.labhead, { employeeId: p.m.id, period: '2025-01', resultRating: 'ABOVE', behaviourRating: 'ABOVE' });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('ALREADY_RATED');
    const list = await t.get(`/api/v1/appraisals?employeeId=${p.m.id}&period=2025-01`, admin);
    expect(list.body.items[0].versions).toHaveLength(1);
    expect(list.body.items[0].predikat).toBe('KURANG');
  });

  it('someone who is not the appraiser on the period’s last day is refused (403) and nothing is stored', async () => {
    clock.set('2026-08-03T03:00:00Z');
    const former = await rate(p.kasubag, { employeeId: p.s1.id, period: '2026-07', resultRating: 'ABOVE', behaviourRating: 'ABOVE' });
    expect(former.status).toBe(403);
    expect(former.body.code).toBe('FORBIDDEN');
    const higher = await rate(p.dir, { employeeId: p.s1.id, period: '2026-07', resultRating: 'ABOVE', behaviourRating: 'ABOVE' });
    expect(higher.status).toBe(403);
    expect((await t.get(`/api/v1/appraisals?employeeId=${p.s1.id}&period=2026-07`, admin)).body.items).toEqual([]);
    const current = await rate(p.kasubag2, { employeeId: p.s1.id, period: '2026-07', resultRating: 'AS_EXPECTED', behaviourRating: 'AS_EXPECTED' });
    expect(current.status).toBe(201);
    // June still belongs to the former Kasubag, who was the supervisor on 30 June.
    const june = await rate(p.kasubag, { employeeId: p.s1.id, period: '2026-06', resultRating: 'AS_EXPECTED', behaviourRating: 'AS_EXPECTED' });
    expect(june.status).toBe(201);
  });

  it('a Plt of a vacant post appraises its staff, and the rating says so', async () => {
    clock.set('2026-04-02T03:00:00Z');
    const res = await rate(p.analyst, { employeeId: p.p1.id, period: '2026-03', resultRating: 'ABOVE', behaviourRating: 'ABOVE' });
    expect(res).toMatchObject({ status: 201, body: { predikat: 'SANGAT_BAIK' } });
    const got = await t.get(`/api/v1/appraisals/${res.body.id}`, p.analyst.token);
    expect(got.body.current.ratedBy).toEqual({ employeeId: p.analyst.id, acting: 'PLT' });
    expect(got.body.appraiser).toEqual({ employeeId: p.analyst.id, acting: 'PLT' });
  });

  describe('the unit-head rule', () => {
    it('an annual rating of a head waits for the organisational rating', async () => {
      clock.set('2026-01-10T03:00:00Z');
      const res = await rate(p.minister, { employeeId: p.dir.id, period: '2025', resultRating: 'AS_EXPECTED', behaviourRating: 'AS_EXPECTED' });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('ORGANISATIONAL_RATING_REQUIRED');
    });

    it("a head's result rating must equal the unit's organisational rating", async () => {
      clock.set('2026-06-02T03:00:00Z');
      const forbidden = await t.request('PUT', `/api/v1/units/${unit.dit}/organisational-ratings/2026`, { body: { rating: 'BAIK' }, token: p.dir.token });
      expect(forbidden.status).toBe(403);
      const set = await t.request('PUT', `/api/v1/units/${unit.dit}/organisational-ratings/2026`, { body: { rating: 'BAIK' }, token: admin });
      expect(set).toMatchObject({ status: 200, body: { unitId: unit.dit, year: 2026, rating: 'BAIK' } });
      const wrong = await rate(p.minister, { employeeId: p.dir.id, period: '2026-05', resultRating: 'ABOVE', behaviourRating: 'ABOVE' });
      expect(wrong.status).toBe(422);
      expect(wrong.body.code).toBe('UNIT_HEAD_RESULT_RATING_MUST_EQUAL_ORGANISATIONAL_RATING');
      expect(wrong.body.errors[0].field).toBe('resultRating');
      const right = await rate(p.minister, { employeeId: p.dir.id, period: '2026-05', resultRating: 'AS_EXPECTED', behaviourRating: 'ABOVE' });
      expect(right).toMatchObject({ status: 201, body: { predikat: 'BAIK' } });
      const staff = await rate(p.kasubag, { employeeId: p.s2.id, period: '2026-05', resultRating: 'ABOVE', behaviourRating: 'ABOVE' });
      expect(staff).toMatchObject({ status: 201, body: { predikat: 'SANGAT_BAIK' } });
    });
  });

  describe('self-assessment, acknowledgement and feedback', () => {
    it('the employee writes a self-assessment before the rating, and acknowledges the rating after', async () => {
      clock.set('2026-05-30T03:00:00Z');
      const byOther = await t.request('PUT', `/api/v1/employees/${p.s3.id}/self-assessments/2026-05`, { body: { text: 'x' }, token: p.kasubag.token });
      expect(byOther.status).toBe(403);
      const own = await t.request('PUT', `/api/v1/employees/${p.s3.id}/self-assessments/2026-05`, { body: { text: 'Semua target bulan Mei tercapai.' }, token: p.s3.token });
      expect(own.status).toBe(200);
      const form = await t.get(`/api/v1/employees/${p.s3.id}/appraisal-form/2026-05`, p.kasubag.token);
      expect(form.body).toMatchObject({ appraiser: { employeeId: p.kasubag.id }, selfAssessment: { text: 'Semua target bulan Mei tercapai.' }, unitHead: false });
      // May is rated once it is over.
      clock.set('2026-06-01T03:00:00Z');
      const rated = await rate(p.kasubag, { employeeId: p.s3.id, period: '2026-05', resultRating: 'AS_EXPECTED', behaviourRating: 'AS_EXPECTED' });
      expect(rated.status).toBe(201);
      const late = await t.request('PUT', `/api/v1/employees/${p.s3.id}/self-assessments/2026-05`, { body: { text: 'tambahan' }, token: p.s3.token });
      expect(late.status).toBe(422);
      expect((await t.post(`/api/v1/appraisals/${rated.body.id}/acknowledgement`, {}, p.kasubag.token)).status).toBe(403);
      expect((await t.post(`/api/v1/appraisals/${rated.body.id}/acknowledgement`, {}, p.s3.token)).status).toBe(200);
      expect((await t.get(`/api/v1/appraisals/${rated.body.id}`, p.s3.token)).body.acknowledged).toBe(true);
    });

    it('the supervisor’s feedback on an RHK or an activity is visible to the employee', async () => {
      clock.set('2026-05-15T03:00:00Z');
      const rhkId = '6d7f3c1e-3a43-4b7e-9f57-0d2b2f5a9a11';
      const given = await t.post(`/api/v1/employees/${p.s1.id}/feedback`, { subjectKind: 'RHK', subjectId: rhkId, note: 'Lengkapi bukti dukung.' }, p.kasubag.token);
      expect(given).toMatchObject({ status: 201, body: { subject: { kind: 'RHK', rhkId }, authorId: p.kasubag.id, givenOn: '2026-05-15' } });
      const byPeer = await t.post(`/api/v1/employees/${p.s1.id}/feedback`, { subjectKind: 'ACTIVITY', subjectId: rhkId, note: 'x' }, p.s2.token);
      expect(byPeer.status).toBe(403);
      const seen = await t.get(`/api/v1/employees/${p.s1.id}/feedback`, p.s1.token);
      expect(seen.body.items.map((f: any) => f.note)).toEqual(['Lengkapi bukti dukung.']);
      expect((await t.get(`/api/v1/employees/${p.s1.id}/feedback`, p.s2.token)).status).toBe(403);
      const form = await t.get(`/api/v1/employees/${p.s1.id}/appraisal-form/2026-05`, p.kasubag.token);
      expect(form.body.feedback).toHaveLength(1);
    });
  });

  describe('objections', () => {
    let upheldId: string;
    let changedId: string;

    beforeAll(async () => {
      clock.set('2026-05-02T03:00:00Z');
      upheldId = (await rate(p.kasubag, { employeeId: p.s1.id, period: '2026-04', resultRating: 'AS_EXPECTED', behaviourRating: 'AS_EXPECTED' })).body.id;
      changedId = (await rate(p.kasubag, { employeeId: p.s2.id, period: '2026-04', resultRating: 'BELOW', behaviourRating: 'AS_EXPECTED' })).body.id;
    });

    it('an objection upheld by the appraiser’s superior keeps the rating', async () => {
      clock.set('2026-05-16T16:00:00Z'); // 16 May 23:00 WIB: the 14th day after the rating, still inside
      const filed = await t.post(`/api/v1/appraisals/${upheldId}/objections`, { reason: 'Target saya terlampaui.' }, p.s1.token);
      expect(filed).toMatchObject({ status: 201, body: { number: 1, againstVersion: 1, filedOn: '2026-05-16' } });
      const byAppraiser = await t.post(`/api/v1/appraisals/${upheldId}/objection-decision`, { outcome: 'UPHOLD', reason: 'x' }, p.kasubag.token);
      expect(byAppraiser.status).toBe(403);
      clock.set('2026-05-20T03:00:00Z');
      const decided = await t.post(`/api/v1/appraisals/${upheldId}/objection-decision`, { outcome: 'UPHOLD', reason: 'Bukti dukung tidak cukup.' }, p.dir.token);
      expect(decided).toMatchObject({ status: 200, body: { predikat: 'BAIK', objection: { decision: { outcome: 'UPHELD', decidedBy: { employeeId: p.dir.id } } } } });
      const got = (await t.get(`/api/v1/appraisals/${upheldId}`, p.s1.token)).body;
      expect(got.versions).toHaveLength(1);
      expect(got.objections[0].decision.reason).toBe('Bukti dukung tidak cukup.');
      const again = await t.post(`/api/v1/appraisals/${upheldId}/objections`, { reason: 'lagi' }, p.s1.token);
      expect(again.status).toBe(422);
    });

    it('an objection changed by the superior adds a version that counts, keeping the old one', async () => {
      clock.set('2026-05-05T03:00:00Z');
      expect((await t.post(`/api/v1/appraisals/${changedId}/objections`, { reason: 'Penilaian tidak sesuai capaian.' }, p.s2.token)).status).toBe(201);
      const noRatings = await t.post(`/api/v1/appraisals/${changedId}/objection-decision`, { outcome: 'CHANGE', reason: 'x' }, p.dir.token);
      expect(noRatings.status).toBe(400);
      const decided = await t.post(
        `/api/v1/appraisals/${changedId}/objection-decision`,
        { outcome: 'CHANGE', reason: 'Realisasi melampaui target.', resultRating: 'ABOVE', behaviourRating: 'ABOVE' },
        p.dir.token,
      );
      expect(decided).toMatchObject({ status: 200, body: { predikat: 'SANGAT_BAIK', objection: { decision: { outcome: 'CHANGED', resultingVersion: 2 } } } });
      const got = (await t.get(`/api/v1/appraisals/${changedId}`, p.s2.token)).body;
      expect(got.versions.map((v: any) => [v.predikat, v.origin, v.ratedBy.employeeId])).toEqual([
        ['BUTUH_PERBAIKAN', 'RATING', p.kasubag.id],
        ['SANGAT_BAIK', 'OBJECTION_DECISION', p.dir.id],
      ]);
      expect(got.predikat).toBe('SANGAT_BAIK');
    });

    it('an objection after the window is refused and leaves the appraisal as it was', async () => {
      clock.set('2026-05-02T03:00:00Z');
      const id = (await rate(p.kasubag, { employeeId: p.s3.id, period: '2026-04', resultRating: 'AS_EXPECTED', behaviourRating: 'BELOW' })).body.id;
      clock.set('2026-05-17T03:00:00Z');
      const late = await t.post(`/api/v1/appraisals/${id}/objections`, { reason: 'Terlambat.' }, p.s3.token);
      expect(late.status).toBe(422);
      expect(late.body.code).toBe('OBJECTION_WINDOW_CLOSED');
      expect((await t.get(`/api/v1/appraisals/${id}`, p.s3.token)).body.objections).toEqual([]);
    });

    it('the monthly close reads the rating that counts, with its multiplier, for many employees at once', async () => {
      const ratings = await t.app.get(AppraisalFacade).monthlyRatings([p.s1.id, p.s2.id, p.s3.id, p.l1.id], '2026-04');
      expect(ratings.get(p.s1.id)).toMatchObject({ predikat: 'BAIK', ratingMultiplier: '1.00', version: 1 });
      expect(ratings.get(p.s2.id)).toMatchObject({ predikat: 'SANGAT_BAIK', ratingMultiplier: '1.00', version: 2 });
      expect(ratings.get(p.s3.id)).toMatchObject({ predikat: 'KURANG', ratingMultiplier: '0.80' });
      expect(ratings.get(p.l1.id)).toBeNull();
      const events = await t.app
        .get(UnitOfWork)
        .query(`SELECT payload FROM platform.outbox WHERE type = 'appraisal.rating-changed.v1' AND subject = $1 ORDER BY position`, [p.s2.id]);
      expect(events.map((e: any) => [e.payload.period, e.payload.version, e.payload.predikat, e.payload.months])).toContainEqual(['2026-04', 2, 'SANGAT_BAIK', ['2026-04']]);
    });
  });

  describe('the unit rating sheet, the distribution warnings and the development grid', () => {
    let l1Appraisal: string;

    beforeAll(async () => {
      clock.set('2026-03-02T03:00:00Z');
      const ratings: Array<[string, string, string]> = [
        ['l1', 'ABOVE', 'ABOVE'],
        ['l2', 'ABOVE', 'ABOVE'],
        ['l3', 'ABOVE', 'ABOVE'],
        ['l4', 'AS_EXPECTED', 'AS_EXPECTED'],
      ];
      for (const [k, resultRating, behaviourRating] of ratings) {
        const res = await rate(p.labhead, { employeeId: p[k].id, period: '2026-02', resultRating, behaviourRating });
        expect(res.status).toBe(201);
        if (k === 'l1') l1Appraisal = res.body.id;
      }
    });

    const sheet = async () => {
      const res = await t.get(`/api/v1/units/${unit.lab}/appraisals/2026-02`, admin);
      expect(res.status).toBe(200);
      return res.body;
    };

    it('without an organisational rating the sheet says the distribution cannot be checked', async () => {
      const body = await sheet();
      expect(body).toMatchObject({ organisationalRating: null, rated: 4, notRated: 2 });
      expect(body.warnings.map((w: any) => w.code)).toEqual(['ORGANISATIONAL_RATING_NOT_SET']);
      expect(body.distribution).toContainEqual({ predikat: 'SANGAT_BAIK', count: 3 });
    });

    it.each([
      ['ISTIMEWA', ['SANGAT_BAIK_ABOVE_MAXIMUM']],
      ['BAIK', ['NO_BUTUH_PERBAIKAN_OR_KURANG']],
      ['BUTUH_PERBAIKAN', ['BUTUH_PERBAIKAN_BELOW_MINIMUM', 'SANGAT_BAIK_ABOVE_MAXIMUM']],
      ['KURANG', ['KURANG_BELOW_MINIMUM', 'BUTUH_PERBAIKAN_BELOW_MINIMUM', 'SANGAT_BAIK_ABOVE_MAXIMUM']],
      ['SANGAT_KURANG', ['SANGAT_KURANG_BELOW_MINIMUM', 'KURANG_OR_BUTUH_PERBAIKAN_BELOW_MINIMUM', 'SANGAT_BAIK_PRESENT']],
    ])('organisational rating %s warns %j on 3 Sangat Baik and 1 Baik', async (rating, codes) => {
      const set = await t.request('PUT', `/api/v1/units/${unit.lab}/organisational-ratings/2026`, { body: { rating }, token: admin });
      expect(set.status).toBe(200);
      const body = await sheet();
      expect(body.organisationalRating).toBe(rating);
      expect(body.warnings.map((w: any) => w.code)).toEqual(codes);
    });

    it('the share is reported with the warning, and a revised rating can bring the unit within the guidance', async () => {
      await t.request('PUT', `/api/v1/units/${unit.lab}/organisational-ratings/2026`, { body: { rating: 'ISTIMEWA' }, token: admin });
      expect((await sheet()).warnings[0]).toMatchObject({ sharePercent: '75', limitPercent: '70' });
      const noReason = await t.post(`/api/v1/appraisals/${l1Appraisal}/revisions`, { resultRating: 'AS_EXPECTED', behaviourRating: 'ABOVE' }, p.labhead.token);
      expect(noReason.status).toBe(400);
      const revised = await t.post(
        `/api/v1/appraisals/${l1Appraisal}/revisions`,
        { resultRating: 'AS_EXPECTED', behaviourRating: 'ABOVE', reason: 'Salah satu target ternyata belum tercapai.' },
        p.labhead.token,
      );
      expect(revised).toMatchObject({ status: 201, body: { version: 2, predikat: 'BAIK' } });
      expect((await sheet()).warnings).toEqual([]);
    });

    it('the development grid places everyone rated in its box and lists who is not rated', async () => {
      const res = await t.get(`/api/v1/units/${unit.lab}/development-grid/2026-02`, admin);
      expect(res.status).toBe(200);
      const box = (name: string) =>
        res.body.boxes
          .find((b: any) => b.box === name)
          .employees.map((e: any) => e.id)
          .sort();
      expect(res.body.boxes).toHaveLength(9);
      expect(box('STAR')).toEqual([p.l2.id, p.l3.id].sort());
      expect(box('ROLE_MODEL')).toEqual([p.l1.id]);
      expect(box('CORE_CONTRIBUTOR')).toEqual([p.l4.id]);
      expect(res.body.notRated.map((e: any) => e.id).sort()).toEqual([p.labhead.id, p.m.id].sort());
    });

    it('the sheet is for HR, auditors and the unit’s administrators only', async () => {
      expect((await t.get(`/api/v1/units/${unit.lab}/appraisals/2026-02`, p.l1.token)).status).toBe(403);
      expect((await t.get(`/api/v1/units/${unit.lab}/development-grid/2026-02`, p.labhead.token)).status).toBe(403);
    });
  });

  describe('object-level access', () => {
    let id: string;

    beforeAll(async () => {
      id = (await t.get(`/api/v1/appraisals?employeeId=${p.s1.id}&period=2026-04`, admin)).body.items[0].id;
      await t.post(`/api/v1/employees/${p.l1.id}/roles`, { role: 'UNIT_ADMIN', unitId: unit.lab }, admin);
      await t.post(`/api/v1/employees/${p.l2.id}/roles`, { role: 'UNIT_ADMIN', unitId: unit.dit }, admin);
      p.l1.token = await t.login(p.l1.nip, PASSWORD);
      p.l2.token = await t.login(p.l2.nip, PASSWORD);
    });

    it.each([
      ['the employee', 's1', 200],
      ['the appraiser', 'kasubag', 200],
      ["the appraiser's superior", 'dir', 200],
      ['an admin of the employee’s unit', 'l2', 200],
      ['a colleague', 's2', 403],
      ['an admin of another unit', 'l1', 403],
      ['a supervisor elsewhere', 'labhead', 403],
    ])('%s → %s', async (_, who, status) => {
      expect((await t.get(`/api/v1/appraisals/${id}`, p[who].token)).status).toBe(status);
      expect((await t.get(`/api/v1/appraisals?employeeId=${p.s1.id}`, p[who].token)).status).toBe(status);
      expect((await t.get(`/api/v1/appraisals/${id}/document.pdf`, p[who].token)).status).toBe(status);
    });

    it('HR sees every appraisal; an employee listing without a filter sees their own', async () => {
      expect((await t.get(`/api/v1/appraisals/${id}`, admin)).status).toBe(200);
      const own = await t.get('/api/v1/appraisals', p.s1.token);
      expect(own.body.items.length).toBeGreaterThan(0);
      expect(own.body.items.every((a: any) => a.employeeId === p.s1.id)).toBe(true);
      const formerAppraiser = await t.get(`/api/v1/appraisals?employeeId=${p.s1.id}`, p.kasubag.token);
      expect(formerAppraiser.body.items.map((a: any) => a.period).sort()).toEqual(['2026-04', '2026-06']);
    });
  });

  it('the annual SKP document names both people and carries the ratings, the predikat and the signature places', async () => {
    clock.set('2027-01-05T01:00:00Z');
    const behaviours = [{ value: 'KOLABORATIF', rating: 'ABOVE', note: 'Memimpin kerja sama lintas seksi' }];
    const res = await rate(p.labhead, { employeeId: p.l4.id, period: '2026', resultRating: 'ABOVE', behaviourRating: 'ABOVE', behaviours });
    expect(res).toMatchObject({ status: 201, body: { predikat: 'SANGAT_BAIK' } });
    // Stands in for the planning module's adapter, which binds the port once that module's facade exists.
    const facts = jest.spyOn(t.app.get(AchievementFacts), 'factsFor').mockResolvedValue({
      activity: null,
      attendance: null,
      workResults: [{ rhkId: 'rhk-1', text: 'Terlaksananya rehabilitasi sosial lansia', indicator: 'Jumlah lansia terlayani', target: '120 orang', realisation: '134 orang' }],
    });
    const form = await t.get(`/api/v1/employees/${p.l4.id}/appraisal-form/2026`, p.labhead.token);
    expect(form.body.facts.workResults[0]).toMatchObject({ target: '120 orang', realisation: '134 orang' });
    expect(facts).toHaveBeenCalledWith(p.l4.id, expect.objectContaining({ firstDay: '2026-01-01', lastDay: '2026-12-31', year: 2026 }));
    const pdf = await t.app.inject({ method: 'GET', url: `/api/v1/appraisals/${res.body.id}/document.pdf`, headers: { authorization: `Bearer ${p.l4.token}` } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { text } = await pdfParse(pdf.rawPayload);
    for (const expected of [
      'EVALUASI KINERJA PEGAWAI',
      'PERIODE: TAHUNAN',
      '1 Januari 2026 s.d. 31 Desember 2026',
      'Staf Lab L4',
      p.l4.nip,
      'Kepala Laboratorium Sosial',
      p.labhead.nip,
      'Unit LAB',
      'Istimewa',
      'Rencana Hasil Kerja',
      'Realisasi',
      'Terlaksananya rehabilitasi sosial lansia',
      '120 orang',
      '134 orang',
      'Rating hasil kerja: Di atas ekspektasi',
      'Memimpin kerja sama lintas seksi',
      'SANGAT BAIK',
      'Pegawai yang Dinilai',
      'Pejabat Penilai Kinerja',
      'Ditetapkan tanggal 5 Januari 2027',
    ]) {
      expect(text).toContain(expected);
    }
    facts.mockRestore();
  });
});

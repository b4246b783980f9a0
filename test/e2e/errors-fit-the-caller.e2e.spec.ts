import { OrgBuilder, PASSWORD } from '../support/org-builder';
import { ApiResponse, startTestApp, TestApp, TestClock } from '../support/test-app';

const ID = { 'accept-language': 'id-ID,id;q=0.9' };
const EN = { 'accept-language': 'en' };

/** Asks the same thing in English and in Bahasa Indonesia. */
async function inBoth(t: TestApp, method: string, path: string, token: string | undefined, body?: unknown): Promise<{ en: ApiResponse; id: ApiResponse }> {
  return {
    en: await t.request(method, path, { token, body, headers: EN }),
    id: await t.request(method, path, { token, body, headers: ID }),
  };
}

describe('errors fit the caller and speak their language', () => {
  let t: TestApp;
  let admin: string;
  // Saturday 20 June 2026, 08:00 in Jakarta.
  const clock = new TestClock('2026-06-20T01:00:00Z');
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    admin = await t.adminToken();
    const org = new OrgBuilder(t, admin);
    const root = await org.unit('ROOT', null);
    const dit = await org.unit('DIT', root.id);
    const head = await org.position('HEAD', dit.id, null, 'ADMINISTRATOR', 12);
    const staff = await org.position('STAFF', dit.id, head.id, 'PELAKSANA', 8);
    for (const [key, position] of [
      ['head', head.id],
      ['ani', staff.id],
      ['budi', staff.id],
    ] as const) {
      const e = await org.placed(key, position);
      ids[key] = e.id;
      tokens[key] = await t.login(e.nip, PASSWORD);
    }
    ids.dit = dit.id;
  });
  afterAll(() => t.close());

  describe('business errors are translated, parameters included (a sample of each module)', () => {
    it('platform: a missing role names the roles in both languages', async () => {
      const { en, id } = await inBoth(t, 'POST', '/api/v1/periods/2026-05/close', tokens.ani);
      expect(en.status).toBe(403);
      expect(en.body).toMatchObject({ code: 'FORBIDDEN', detail: 'This needs one of the roles HR_ADMIN.' });
      expect(id.body).toMatchObject({ code: 'FORBIDDEN', title: 'Akses ditolak', detail: 'Tindakan ini memerlukan salah satu peran HR_ADMIN.' });
    });

    it('platform: invalid fields are listed in both languages', async () => {
      const { en, id } = await inBoth(t, 'POST', '/api/v1/absences', tokens.ani, { type: 'CT', startDate: 'soon', reason: 'Keluarga' });
      expect(en.status).toBe(400);
      expect(en.body.detail).toBe('Some fields are invalid: startDate, endDate. See errors[] for how to fix each.');
      expect(id.body.detail).toBe('Beberapa isian tidak valid: startDate, endDate. Lihat errors[] untuk cara memperbaiki masing-masing.');
    });

    it('identity: wrong credentials', async () => {
      const { en, id } = await inBoth(t, 'POST', '/api/v1/auth/login', undefined, { username: 'nobody', password: 'Wrong-Passw0rd' });
      expect(en.body).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS', detail: 'The username or password is wrong.' });
      expect(id.body).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS', detail: 'Nama pengguna atau kata sandi salah.' });
    });

    it('organization: a second holiday on a date names the date', async () => {
      expect((await t.post('/api/v1/holidays', { date: '2026-08-17', name: 'Hari Kemerdekaan' }, admin)).status).toBe(201);
      const { en, id } = await inBoth(t, 'POST', '/api/v1/holidays', admin, { date: '2026-08-17', name: 'Hari Kemerdekaan' });
      expect(en.status).toBe(409);
      expect(en.body).toMatchObject({ code: 'HOLIDAY_EXISTS', detail: 'There is already a holiday on 2026-08-17 for the whole ministry.' });
      expect(id.body).toMatchObject({ code: 'HOLIDAY_EXISTS', detail: 'Sudah ada hari libur pada 2026-08-17 untuk cakupan yang sama.' });
    });

    it('organization: a missing object is named in Bahasa Indonesia too', async () => {
      const missing = '00000000-0000-4000-8000-000000000000';
      const { en, id } = await inBoth(t, 'GET', `/api/v1/units/${missing}`, admin);
      expect(en.body).toMatchObject({ status: 404, code: 'NOT_FOUND', detail: `Unit ${missing} does not exist or is not visible to you.` });
      expect(id.body).toMatchObject({ status: 404, code: 'NOT_FOUND', detail: `Unit ${missing} tidak ada atau tidak dapat Anda lihat.` });
    });

    it('attendance: overlapping absences name the dates; an inverted range names the field', async () => {
      expect((await t.post('/api/v1/absences', { type: 'CT', startDate: '2026-06-08', endDate: '2026-06-09', reason: 'Keluarga' }, tokens.budi)).status).toBe(201);
      const overlap = await inBoth(t, 'POST', '/api/v1/absences', tokens.budi, { type: 'CT', startDate: '2026-06-09', endDate: '2026-06-10', reason: 'Keluarga' });
      expect(overlap.en.status).toBe(422);
      expect(overlap.en.body.detail).toBe('The absence from 2026-06-09 to 2026-06-10 overlaps CT 2026-06-08 to 2026-06-09.');
      expect(overlap.id.body).toMatchObject({
        code: 'ABSENCES_OVERLAP',
        title: 'Aturan bisnis dilanggar',
        detail: 'Ketidakhadiran dari 2026-06-09 sampai 2026-06-10 bertumpang tindih dengan ketidakhadiran lain yang diajukan atau disetujui.',
      });

      const inverted = await inBoth(t, 'POST', '/api/v1/absences', tokens.budi, { type: 'CT', startDate: '2026-06-12', endDate: '2026-06-11', reason: 'Keluarga' });
      expect(inverted.en.body).toMatchObject({ status: 400, code: 'RANGE_INVERTED', detail: 'endDate must not be before startDate.' });
      expect(inverted.id.body).toMatchObject({ code: 'RANGE_INVERTED', detail: 'endDate tidak boleh sebelum tanggal awal rentang.' });
      expect(inverted.id.body.errors).toEqual([{ field: 'endDate', code: 'RANGE_INVERTED', message: 'endDate tidak boleh sebelum tanggal awal rentang.' }]);
    });

    it('activity logging: an unknown catalogue item is named', async () => {
      const body = { date: '2026-06-19', startTime: '08:00', endTime: '09:00', catalogCode: 'NOPE', quantity: '1', description: 'Rapat', additionalTask: true };
      const { en, id } = await inBoth(t, 'POST', '/api/v1/activities', tokens.ani, body);
      expect(en.body).toMatchObject({ status: 400, code: 'UNKNOWN_CATALOG_ITEM', detail: 'No catalogue item NOPE is available to you.' });
      expect(id.body).toMatchObject({ code: 'UNKNOWN_CATALOG_ITEM', detail: 'Butir katalog NOPE tidak tersedia bagi Anda.' });
    });

    it('performance planning: a second plan for the same period names the period', async () => {
      expect((await t.post('/api/v1/performance-plans', { year: 2026 }, tokens.ani)).status).toBe(201);
      const { en, id } = await inBoth(t, 'POST', '/api/v1/performance-plans', tokens.ani, { year: 2026 });
      expect(en.body).toMatchObject({ status: 409, code: 'PLAN_PERIODS_OVERLAP' });
      expect(en.body.detail).toContain('2026-01-01..2026-12-31');
      expect(id.body.detail).toBe('Pegawai sudah mempunyai SKP untuk 2026-01-01..2026-12-31; tutup SKP itu sebelum memulai yang baru.');
    });

    it('appraisal: a missing appraisal is named', async () => {
      const missing = '00000000-0000-4000-8000-000000000001';
      const { en, id } = await inBoth(t, 'GET', `/api/v1/appraisals/${missing}`, admin);
      expect(en.body).toMatchObject({ status: 404, detail: `Appraisal ${missing} does not exist or is not visible to you.` });
      expect(id.body).toMatchObject({ status: 404, detail: `Penilaian ${missing} tidak ada atau tidak dapat Anda lihat.` });
    });

    it('remuneration: a month that is not over names the month and its last day', async () => {
      const { en, id } = await inBoth(t, 'POST', '/api/v1/periods/2026-06/close', admin);
      expect(en.body).toMatchObject({ status: 422, code: 'MONTH_NOT_OVER' });
      expect(en.body.detail).toContain('2026-06-30');
      expect(id.body.detail).toBe('Bulan 2026-06 belum berakhir (hari terakhirnya 2026-06-30): bulan itu dapat ditutup mulai hari berikutnya.');
    });
  });

  describe('an employee filing for someone else is told they file for themself', () => {
    it.each([
      ['an absence', '/api/v1/absences', { type: 'CT', startDate: '2026-06-22', endDate: '2026-06-22', reason: 'Keluarga' }],
      ['a permit', '/api/v1/permits', { type: 'LATE_ARRIVAL', date: '2026-06-22', reason: 'Macet' }],
      ['a plan', '/api/v1/performance-plans', { year: 2027 }],
    ])('%s', async (_what, path, body) => {
      const { en, id } = await inBoth(t, 'POST', path, tokens.ani, { ...body, employeeId: ids.budi });
      expect(en.body).toMatchObject({ status: 403, code: 'FORBIDDEN', detail: 'You may file only for yourself: leave employeeId out, or give your own.' });
      expect(id.body).toMatchObject({ status: 403, code: 'FORBIDDEN', detail: 'Anda hanya dapat mengajukan untuk diri sendiri: kosongkan employeeId atau isi dengan id Anda.' });
    });

    it("the supervisor, who administers no unit, is told the same about a subordinate's absence", async () => {
      const res = await t.post('/api/v1/absences', { employeeId: ids.ani, type: 'CT', startDate: '2026-06-23', endDate: '2026-06-23', reason: 'Keluarga' }, tokens.head);
      expect(res.status).toBe(403);
      expect(res.body.detail).toBe('You may file only for yourself: leave employeeId out, or give your own.');
    });

    it('a unit administrator recording for someone in scope still may', async () => {
      const grant = await t.post(`/api/v1/employees/${ids.head}/roles`, { role: 'UNIT_ADMIN', unitId: ids.dit }, admin);
      expect(grant.status).toBeLessThan(300);
      const unitAdmin = await t.login((await t.get(`/api/v1/employees/${ids.head}`, admin)).body.nip, PASSWORD);
      const res = await t.post('/api/v1/absences', { employeeId: ids.ani, type: 'CT', startDate: '2026-06-24', endDate: '2026-06-24', reason: 'Keluarga' }, unitAdmin);
      expect(res.status).toBe(201);
      expect(res.body.status).toBe('APPROVED');
    });
  });

  describe('a self-service route without employeeId is about the caller', () => {
    it('an absence and a permit filed without employeeId are the caller’s own', async () => {
      const absence = await t.post('/api/v1/absences', { type: 'CT', startDate: '2026-06-25', endDate: '2026-06-25', reason: 'Keluarga' }, tokens.ani);
      expect(absence.status).toBe(201);
      expect((await t.get(`/api/v1/absences/${absence.body.id}`, tokens.ani)).body).toMatchObject({ employeeId: ids.ani, status: 'SUBMITTED' });
      const permit = await t.post('/api/v1/permits', { type: 'LATE_ARRIVAL', date: '2026-06-26', reason: 'Macet' }, tokens.ani);
      expect(permit.status).toBe(201);
      expect((await t.get(`/api/v1/permits/${permit.body.id}`, tokens.ani)).body).toMatchObject({ employeeId: ids.ani });
    });

    it("the attendance summary, days, clock events and leave balance without employeeId are the caller's", async () => {
      const summary = await t.get('/api/v1/attendance/summary?month=2026-06', tokens.ani);
      expect(summary.status).toBe(200);
      expect(summary.body).toEqual((await t.get(`/api/v1/attendance/summary?employeeId=${ids.ani}&month=2026-06`, tokens.ani)).body);
      expect((await t.get('/api/v1/attendance/days?month=2026-06', tokens.ani)).status).toBe(200);
      expect((await t.get('/api/v1/attendance/clock-events?from=2026-06-01&to=2026-06-19', tokens.ani)).status).toBe(200);
      expect((await t.get('/api/v1/attendance/annual-leave?year=2026', tokens.ani)).body).toEqual(
        (await t.get(`/api/v1/attendance/annual-leave?employeeId=${ids.ani}&year=2026`, tokens.ani)).body,
      );
    });

    it('an explicit employeeId: null is the caller too (the fuzz test found it a 500)', async () => {
      const permit = await t.post('/api/v1/permits', { employeeId: null, type: 'EARLY_LEAVE', date: '2026-06-26', reason: 'Dokter' }, tokens.ani);
      expect(permit.status).toBe(201);
      expect((await t.get(`/api/v1/permits/${permit.body.id}`, tokens.ani)).body).toMatchObject({ employeeId: ids.ani });
    });

    it('a policy with bands: null is a 400 naming bands, not a 500 (found by the fuzz test)', async () => {
      const res = await t.post('/api/v1/attendance/policies', { effectiveFrom: '2026-07-01', bands: null }, admin);
      expect(res.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', errors: [{ field: 'bands' }] });
      const nullBands = await t.post('/api/v1/attendance/policies', { effectiveFrom: '2026-07-01', bands: [null, null, null, null] }, admin);
      expect(nullBands.body).toMatchObject({ status: 400, code: 'FOUR_BANDS_REQUIRED', errors: [{ field: 'bands' }] });
    });

    it('an account without an employee record is asked for employeeId, in its language', async () => {
      const { en, id } = await inBoth(t, 'POST', '/api/v1/absences', admin, { type: 'CT', startDate: '2026-06-25', endDate: '2026-06-25', reason: 'Keluarga' });
      expect(en.body).toMatchObject({ status: 400, code: 'REQUIRED', errors: [{ field: 'employeeId', code: 'REQUIRED' }] });
      expect(id.body).toMatchObject({ status: 400, code: 'REQUIRED', detail: 'employeeId wajib diisi.' });
    });
  });

  describe('a body that is not JSON on a JSON route is 415', () => {
    it.each([
      ['text/plain', '{"type":"CT"}'],
      ['application/x-www-form-urlencoded', 'type=CT&startDate=2026-06-29'],
      ['application/pdf', '%PDF-1.4 fake'],
      ['application/xml', '<absence/>'],
      ['multipart/form-data; boundary=X', '--X\r\nContent-Disposition: form-data; name="type"\r\n\r\nCT\r\n--X--\r\n'],
    ])('%s', async (type, body) => {
      const res = await t.request('POST', '/api/v1/absences', { token: tokens.ani, body, headers: { 'content-type': type, ...ID } });
      expect(res.status).toBe(415);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', title: 'Jenis media tidak didukung' });
    });

    it('a form-encoded login is refused before any password is checked', async () => {
      const res = await t.request('POST', '/api/v1/auth/login', { body: 'username=nobody&password=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(res.status).toBe(415);
      expect(res.body.detail).toBe('This route takes application/json, not application/x-www-form-urlencoded: send the body with that Content-Type.');
    });

    it('the evidence upload still takes its file types, and names them when refusing another', async () => {
      const missing = '00000000-0000-4000-8000-000000000002';
      const pdf = await t.request('PUT', `/api/v1/activities/${missing}/evidence`, {
        token: tokens.ani,
        body: Buffer.from('%PDF-1.4\n'),
        headers: { 'content-type': 'application/pdf' },
      });
      expect(pdf.status).toBe(404);
      const text = await t.request('PUT', `/api/v1/activities/${missing}/evidence`, { token: tokens.ani, body: 'hello', headers: { 'content-type': 'text/plain', ...ID } });
      expect(text.status).toBe(415);
      expect(text.body.detail).toBe('Rute ini menerima application/pdf, image/jpeg, image/png, bukan text/plain: kirim isi permintaan dengan Content-Type tersebut.');
      expect(text.body.errors).toEqual([{ field: 'Content-Type', code: 'UNSUPPORTED_MEDIA_TYPE', message: text.body.detail }]);
    });
  });
});

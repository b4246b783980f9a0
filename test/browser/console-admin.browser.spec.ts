import * as path from 'node:path';
import { Client } from 'pg';
import type { Locator, Page } from 'playwright-core';
import { MonthClose } from '../../src/modules/remuneration/application/close/month-close';
import { OutboxRelay } from '../../src/platform/outbox/outbox-relay';
import { addMonths, yearMonthOf } from '../../src/shared-kernel/year-month';
import { checkpoint, ConsoleUnderTest, describeInBrowser, logIn, logOut, navigate, openPage, SCREENSHOTS, seriousViolations, startConsole } from './console-harness';

jest.setTimeout(180_000);

const CONSOLE = { 'X-Requested-With': 'e-performance-console' };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

/**
 * HR and unit admins in the console: corrections of a closed month (HR only), sanctions from the discipline
 * alerts, the downloads, and the period page's progress while a close or a recompute runs. The harness seeds the
 * demo as of the 20th of last month: the month before it is closed, last month is over and open. The outbox relay
 * runs as it does in the server, so a correction's event reaches remuneration and makes the statement stale.
 */
describeInBrowser('the console for HR and unit admins', () => {
  let c: ConsoleUnderTest;
  let db: Client;
  const thisMonth = yearMonthOf(today());
  const lastMonth = addMonths(thisMonth, -1);
  const closedMonth = addMonths(thisMonth, -2);
  let employeeId: string;

  beforeAll(async () => {
    c = await startConsole();
    // The seed's own events reach remuneration after its close and leave the closed month's statements stale
    // (unchanged amounts): delivered and recomputed first, as on a server that has been running a while.
    const relay = c.app.app.get(OutboxRelay);
    await relay.drain();
    const admin = await c.app.adminToken();
    expect((await c.app.post(`/api/v1/periods/${closedMonth}/recompute`, {}, admin)).body).toMatchObject({ recomputed: 0 });
    expect((await c.app.get(`/api/v1/periods/${closedMonth}`, admin)).body.staleCount).toBe(0);
    relay.start();
    db = new Client({ connectionString: c.app.databaseUrl });
    await db.connect();
    const token = await c.app.login(c.logins.EMPLOYEE.username, c.logins.EMPLOYEE.password);
    employeeId = (await c.app.get('/api/v1/me', token)).body.employeeId;
    // The nightly scan, run now: the demo's TK days raise this year's discipline alerts.
    const scan = await c.app.post('/api/v1/attendance/discipline-alerts/scan', {}, admin);
    expect(scan.status).toBe(200);
  }, 300_000);

  afterAll(async () => {
    await db?.end();
    await c?.close();
  });

  /** The employee and the month on the corrections page, through the search and the month field. */
  async function openCorrections(page: Page, month: string): Promise<void> {
    await navigate(page, 'Koreksi');
    await page.getByLabel('Cari nama atau NIP').fill(c.logins.EMPLOYEE.username);
    await page.getByRole('button', { name: new RegExp(c.logins.EMPLOYEE.username) }).click();
    await page.getByTestId('picked-employee').waitFor();
    await page.getByLabel('Bulan', { exact: true }).fill(month);
    await page.getByRole('heading', { name: 'Rekaman absen' }).waitFor();
  }

  it('HR voids a punch of the closed month and adds one, each with a reason; the statement is stale until the period page recomputes it', async () => {
    const page = await openPage(c, 'desktop');
    await logIn(page, c.logins.HR_ADMIN);
    await openCorrections(page, closedMonth);
    const events = page.getByTestId('clock-event');
    await events.first().waitFor();
    const before = await events.count();
    await checkpoint(page, 'hr-corrections-desktop');

    // The month's first punch, an arrival: without it the day counts as a missing clock-in, which costs money.
    const first = events.first();
    await first.locator('summary').click();
    await first.getByLabel('Alasan koreksi').fill('Rekaman ganda dari mesin absen yang rusak');
    await first.getByRole('button', { name: 'Simpan koreksi' }).click();
    await page.getByTestId('stale-notice').waitFor();
    await events.first().getByText('Dibatalkan').waitFor();

    const add = page.locator('details', { has: page.getByText('Tambah rekaman absen', { exact: true }) });
    await add.locator('summary').click();
    await add.getByLabel('Tanggal').fill(`${closedMonth}-03`);
    await add.getByLabel('Jam').fill('16:45');
    await add.getByLabel('Arah').selectOption('OUT');
    await add.getByRole('button', { name: 'Simpan koreksi' }).click();
    // A reason is mandatory: the browser keeps the form until one is given.
    expect(await add.getByLabel('Alasan koreksi').evaluate((e) => (e as unknown as { validity: { valid: boolean } }).validity.valid)).toBe(false);
    await add.getByLabel('Alasan koreksi').fill('Mesin absen tidak merekam kepulangan');
    await add.getByRole('button', { name: 'Simpan koreksi' }).click();
    await page.waitForFunction((n) => (globalThis as any).document.querySelectorAll('[data-testid="clock-event"]').length === n, before + 1);
    const listed = (await c.app.get(`/api/v1/attendance/clock-events?employeeId=${employeeId}&from=${closedMonth}-01&to=${closedMonth}-28`, await c.app.adminToken())).body.items;
    expect(listed.filter((e: { source: string; reason: string | null }) => e.reason === 'Mesin absen tidak merekam kepulangan')).toHaveLength(1);
    expect(listed.filter((e: { voidReason: string | null }) => e.voidReason === 'Rekaman ganda dari mesin absen yang rusak')).toHaveLength(1);
    await checkpoint(page, 'hr-corrected-desktop');

    await page.getByRole('link', { name: /Hitung ulang di halaman periode/ }).click();
    await untilText(page, page.getByTestId('stale-count'), /^1$/);
    await checkpoint(page, 'hr-period-stale-desktop');
    await page.getByRole('button', { name: 'Hitung ulang', exact: true }).click();
    await expectText(page.getByTestId('recompute-outcome'), /1 usang, 1 versi baru/);
    await expectText(page.getByTestId('stale-count'), /^0$/);

    await page.goto(`${c.base}/#/statement/${employeeId}/${closedMonth}`);
    await heading(page, 'Pernyataan tunjangan').waitFor();
    await page.getByText(/Versi 2$/).waitFor();
    await checkpoint(page, 'hr-recomputed-statement-desktop');
    await logOut(page);
    await page.context().close();
  });

  it("HR corrects the closed month's other records: an activity review, the rating, an absence recorded and withdrawn", async () => {
    const page = await openPage(c, 'desktop');
    await logIn(page, c.logins.HR_ADMIN);
    await openCorrections(page, closedMonth);

    const activity = page.getByTestId('activity').filter({ hasText: 'Disetujui' }).first();
    const what = (await activity.locator('div').first().textContent())!.split('·')[0].trim();
    await activity.locator('summary').click();
    await activity.getByLabel('Jumlah disetujui').fill('1');
    await activity.getByLabel('Alasan koreksi').fill('Satu laporan ternyata rangkap');
    await activity.getByRole('button', { name: 'Simpan koreksi' }).click();
    await page.getByTestId('stale-notice').waitFor();
    await page.getByTestId('activity').filter({ hasText: what }).filter({ hasText: 'Jumlah disetujui 1' }).first().waitFor();

    const appraisal = page.getByTestId('appraisal');
    await appraisal.locator('summary').click();
    await appraisal.getByLabel('Hasil kerja').selectOption('BELOW');
    await appraisal.getByLabel('Alasan koreksi').fill('Keputusan atas keberatan setelah bulan ditutup');
    await appraisal.getByRole('button', { name: 'Simpan koreksi' }).click();
    await appraisal.getByText(/Di bawah ekspektasi \/ Sesuai ekspektasi/).waitFor();

    const record = page.locator('details', { has: page.getByText('Catat cuti / ketidakhadiran', { exact: true }) });
    await record.locator('summary').click();
    await record.getByLabel('Jenis cuti').selectOption('CS');
    await record.getByLabel('Dari').fill(`${closedMonth}-15`);
    await record.getByLabel('Sampai').fill(`${closedMonth}-15`);
    await record.getByLabel('Alasan koreksi').fill('Surat keterangan sakit diserahkan terlambat');
    await record.getByRole('button', { name: 'Simpan koreksi' }).click();
    const absence = page.getByTestId('absence').filter({ hasText: 'Surat keterangan sakit' });
    await absence.locator('.status', { hasText: 'Disetujui' }).waitFor();
    await absence.locator('summary').click();
    await absence.getByLabel('Alasan koreksi').fill('Surat keterangan sakit ternyata tidak sah');
    await absence.getByRole('button', { name: 'Simpan koreksi' }).click();
    await absence.locator('.status', { hasText: 'Ditolak' }).waitFor();
    await checkpoint(page, 'hr-corrections-records-desktop');

    const appraisals = (await c.app.get(`/api/v1/appraisals?employeeId=${employeeId}&period=${closedMonth}`, await c.app.adminToken())).body.items;
    expect(appraisals[0].current).toMatchObject({ resultRating: 'BELOW', origin: 'HR_CORRECTION', reason: 'Keputusan atas keberatan setelah bulan ditutup' });
    await logOut(page);
    await page.context().close();
  });

  it('HR opens a discipline alert, records the decreed sanction, and the alert counts it', async () => {
    const page = await openPage(c, 'desktop');
    await logIn(page, c.logins.HR_ADMIN);
    await navigate(page, 'Peringatan disiplin');
    const alert = page.getByTestId('discipline-alert').first();
    await alert.waitFor();
    const name = (await alert.locator('strong').textContent())!.trim();
    await alert.getByRole('link', { name: 'Sanksi berlaku: 0' }).click();
    await heading(page, 'Sanksi disiplin').waitFor();
    await page.getByTestId('no-sanctions').waitFor();
    await expectText(page.getByTestId('picked-employee'), new RegExp(name));

    await page.getByLabel('Nomor keputusan').fill('800/17/KEP/2026');
    await page.getByLabel('Potongan (%)').fill('25');
    await page.getByLabel('Mulai bulan').fill(closedMonth);
    await page.getByLabel('Lama (bulan)').fill('3');
    await page.getByLabel('Alasan').fill('Tidak masuk kerja tanpa alasan yang sah (PP 94/2021)');
    await page.getByRole('button', { name: 'Catat sanksi' }).click();
    await page.getByText('Sanksi tercatat').waitFor();
    const row = page.getByTestId('sanction');
    await row.getByText('800/17/KEP/2026').waitFor();
    await expectText(row.locator('td').first(), /^25%$/);
    await page.getByTestId('stale-notice').waitFor();
    await checkpoint(page, 'hr-sanction-desktop');

    await navigate(page, 'Peringatan disiplin');
    await page.getByTestId('discipline-alert').filter({ hasText: name }).first().getByRole('link', { name: 'Sanksi berlaku: 1' }).waitFor();
    await logOut(page);
    await page.context().close();
  });

  it('the downloads answer with their files: the unit recap, the registers and the SKP document; a unit admin gets their units only', async () => {
    const page = await openPage(c, 'desktop');
    await logIn(page, c.logins.HR_ADMIN);
    await navigate(page, 'Unduhan');
    await page.getByLabel('Bulan', { exact: true }).fill(closedMonth);
    const unit = page.getByLabel('Unit');
    await unit.selectOption(await unit.locator('option', { hasText: 'BRS-MKS' }).getAttribute('value'));
    await page.getByRole('link', { name: 'Daftar nominatif (Excel)' }).waitFor();
    await page.getByLabel('Cari nama atau NIP').fill(c.logins.EMPLOYEE.username);
    await page.getByRole('button', { name: new RegExp(c.logins.EMPLOYEE.username) }).click();
    await page.getByRole('link', { name: new RegExp(`Dokumen SKP \\(PDF\\) ${closedMonth}`) }).waitFor();
    await checkpoint(page, 'hr-downloads-desktop');

    const types = await downloads(page, c.base);
    expect(types).toEqual([
      [expect.stringContaining('/attendance/recap.xlsx'), 200, XLSX],
      [expect.stringContaining(`/periods/${closedMonth}/statements.xlsx`), 200, XLSX],
      [expect.stringContaining(`/periods/${closedMonth}/statements.csv`), 200, 'text/csv; charset=utf-8'],
      [expect.stringContaining('/document.pdf'), 200, 'application/pdf'],
    ]);
    await logOut(page);

    // The unit admin of the Makassar balai: its units to choose from, its recap; another balai's is refused.
    await logIn(page, c.logins.UNIT_ADMIN);
    await navigate(page, 'Unduhan');
    const options = await page.getByLabel('Unit').locator('option').allTextContents();
    expect(options.length).toBeGreaterThan(0);
    expect(options.every((o) => o.includes('BRS-MKS'))).toBe(true);
    await checkpoint(page, 'unit-admin-downloads-desktop');
    const [recap] = await downloads(page, c.base);
    expect(recap.slice(1)).toEqual([200, XLSX]);
    const units = (await c.app.get('/api/v1/units?limit=100', await c.app.adminToken())).body.items as Array<{ id: string; code: string }>;
    const jayapura = units.find((u) => u.code === 'BRS-JYP')!;
    expect((await page.request.get(`${c.base}/api/v1/attendance/recap.xlsx?unitId=${jayapura.id}&month=${closedMonth}`)).status()).toBe(403);
    await logOut(page);
    await page.context().close();
  });

  it('a unit admin has no corrections page, and the API refuses them a closed month', async () => {
    const page = await openPage(c, 'desktop');
    await logIn(page, c.logins.UNIT_ADMIN);
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Koreksi' }).count()).toBe(0);
    await page.goto(`${c.base}/#/corrections/${employeeId}/${closedMonth}`);
    await heading(page, 'Akses ditolak').waitFor();
    await checkpoint(page, 'unit-admin-corrections-denied-desktop');

    // The demo employee works in the unit admin's balai: in scope, yet a closed month is HR's to correct.
    const events = await page.request.get(`${c.base}/api/v1/attendance/clock-events?employeeId=${employeeId}&from=${closedMonth}-01&to=${closedMonth}-28`);
    expect(events.status()).toBe(200);
    const punch = (await events.json()).items.find((e: { voidedAt: string | null }) => e.voidedAt === null);
    const refused = [
      await page.request.post(`${c.base}/api/v1/attendance/clock-events/${punch.id}/void`, { headers: CONSOLE, data: { reason: 'Bukan wewenang admin unit' } }),
      await page.request.post(`${c.base}/api/v1/attendance/clock-events/corrections`, {
        headers: CONSOLE,
        data: { employeeId, at: `${closedMonth}-04T16:40:00+08:00`, direction: 'OUT', reason: 'Bukan wewenang admin unit' },
      }),
      await page.request.post(`${c.base}/api/v1/absences/corrections`, {
        headers: CONSOLE,
        data: { employeeId, type: 'CS', startDate: `${closedMonth}-05`, endDate: `${closedMonth}-05`, reason: 'Bukan wewenang admin unit' },
      }),
    ];
    expect(refused.map((r) => r.status())).toEqual([403, 403, 403]);
    await logOut(page);
    await page.context().close();
  });

  it('at a phone size HR records a permit afterwards and reads the sanctions and downloads', async () => {
    const page = await openPage(c, 'phone');
    await logIn(page, c.logins.HR_ADMIN);
    await openCorrections(page, closedMonth);
    const record = page.locator('details', { has: page.getByText('Catat izin', { exact: true }) });
    await record.locator('summary').click();
    await record.getByLabel('Jenis izin').selectOption('LATE_ARRIVAL');
    await record.getByLabel('Tanggal').fill(`${closedMonth}-10`);
    await record.getByLabel('Alasan koreksi').fill('Izin datang terlambat yang disetujui atasan secara lisan');
    await record.getByRole('button', { name: 'Simpan koreksi' }).click();
    await page.getByTestId('stale-notice').waitFor();
    await page.getByTestId('permit').filter({ hasText: 'Datang terlambat' }).locator('.status', { hasText: 'Disetujui' }).waitFor();
    await checkpoint(page, 'hr-corrections-phone');

    await navigate(page, 'Sanksi');
    await heading(page, 'Sanksi disiplin').waitFor();
    await checkpoint(page, 'hr-sanctions-phone');
    await navigate(page, 'Unduhan');
    await page.getByRole('heading', { name: 'Rekap kehadiran' }).waitFor();
    await checkpoint(page, 'hr-downloads-phone');
    await page.getByRole('button', { name: 'English' }).click();
    await heading(page, 'Downloads').waitFor();
    await page.getByRole('heading', { name: 'Attendance recap' }).waitFor();
    await checkpoint(page, 'hr-downloads-en-phone');
    await navigate(page, 'Corrections');
    await heading(page, 'Correct a month').waitFor();
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await heading(page, 'Koreksi data bulanan').waitFor();
    await logOut(page);
    await page.context().close();
  });

  it('the period page shows a running close and a running recompute as progress bars', async () => {
    const page = await openPage(c, 'desktop');
    await logIn(page, c.logins.HR_ADMIN);
    // Another process runs last month's close (it holds the close's lock): the month stays CLOSING meanwhile.
    const holder = new Client({ connectionString: c.app.databaseUrl });
    await holder.connect();
    try {
      await holder.query(`SELECT pg_advisory_lock(hashtextextended($1, 0))`, [`remuneration.close:${lastMonth}`]);
      await page.goto(`${c.base}/#/period/${lastMonth}`);
      await page.getByTestId('period-state').getByRole('button', { name: 'Tutup bulan' }).click();
      await page.getByRole('progressbar', { name: 'Kemajuan penutupan' }).waitFor();
      await expectText(page.getByTestId('period-state').locator('.status'), /^Sedang ditutup$/);
      await checkpoint(page, 'hr-period-closing-desktop');
      await navigate(page, 'Periode');
      await page.getByTestId(`period-${lastMonth}`).getByRole('progressbar', { name: 'Kemajuan penutupan' }).waitFor();
      await page.goto(`${c.base}/#/period/${lastMonth}`);
      await page.getByRole('progressbar', { name: 'Kemajuan penutupan' }).waitFor();
      await holder.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [`remuneration.close:${lastMonth}`]);
      // What the scheduled job does each minute for a month left CLOSING (the tests' app runs no jobs).
      await c.app.app.get(MonthClose).finish(lastMonth);
      await expectText(page.getByTestId('period-state').locator('.status'), /^Ditutup$/, 15_000);
      await expectText(page.getByTestId('statement-count'), /^[1-9]\d*$/);
      expect(await page.getByRole('progressbar').count()).toBe(0);

      // A correction leaves the closed month's statement stale; a recompute waits while another transaction holds
      // the month's period row, and the page shows it running.
      const permit = await c.app.post(
        '/api/v1/permits/corrections',
        { employeeId, type: 'EARLY_LEAVE', date: `${closedMonth}-11`, reason: 'Izin pulang awal yang tercatat terlambat' },
        await c.app.adminToken(),
      );
      expect(permit.status).toBe(201);
      await page.goto(`${c.base}/#/period/${closedMonth}`);
      await untilText(page, page.getByTestId('stale-count'), /^[1-9]$/);
      await holder.query('BEGIN');
      await holder.query(`SELECT 1 FROM remuneration.periods WHERE month = $1 FOR UPDATE`, [closedMonth]);
      await page.getByRole('button', { name: 'Hitung ulang', exact: true }).click();
      await page.getByRole('progressbar', { name: 'Sedang menghitung ulang' }).waitFor();
      // The recompute's request is still open, so no waiting for the network to go quiet here.
      await page.screenshot({ path: path.join(SCREENSHOTS, 'hr-period-recomputing-desktop.png'), fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
      await holder.query('COMMIT');
      await expectText(page.getByTestId('recompute-outcome'), /[1-9] usang, [0-9] versi baru/);
      await expectText(page.getByTestId('stale-count'), /^0$/);
      expect(await page.getByRole('progressbar').count()).toBe(0);
    } finally {
      await holder.end();
    }
    await logOut(page);
    await page.context().close();
  });
});

/** Each download link on the page fetched with the page's session: [href, status, content type]. */
async function downloads(page: Page, base: string): Promise<Array<[string, number, string]>> {
  const hrefs = await page.getByTestId('download').evaluateAll((links) => links.map((a) => (a as unknown as { getAttribute(n: string): string }).getAttribute('href')));
  const out: Array<[string, number, string]> = [];
  for (const href of hrefs) {
    const res = await page.request.get(base + href);
    out.push([href, res.status(), res.headers()['content-type']]);
  }
  return out;
}

async function expectText(locator: Locator, pattern: RegExp, timeout = 10_000): Promise<void> {
  await locator.waitFor({ timeout });
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = ((await locator.textContent()) ?? '').trim();
    if (pattern.test(text)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(text).toMatch(pattern);
}

/** A count the outbox relay moves a moment after the write: the page is read again until it shows it. */
async function untilText(page: Page, locator: Locator, pattern: RegExp): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    await locator.waitFor();
    const text = ((await locator.textContent()) ?? '').trim();
    if (pattern.test(text)) return;
    if (Date.now() > deadline) expect(text).toMatch(pattern);
    await page.reload();
  }
}

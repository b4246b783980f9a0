import type { Page } from 'playwright-core';
import { addMonths, yearMonthOf } from '../../src/shared-kernel/year-month';
import { checkpoint, ConsoleUnderTest, describeInBrowser, logIn, logOut, navigate, openPage, startConsole, ViewportName } from './console-harness';

jest.setTimeout(180_000);

/** The latest Monday–Friday on or before today, on this machine's calendar (the browser's too). */
function lastWeekday(): string {
  const d = new Date();
  while (d.getDay() === 0 || d.getDay() === 6) d.setDate(d.getDate() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A file whose first bytes make it the PDF it claims to be (the server checks the content, not the name). */
function pdf(bytes: number, seed: string): Buffer {
  const head = Buffer.from(`%PDF-1.4\n%${seed}\n`);
  return Buffer.concat([head, Buffer.alloc(Math.max(0, bytes - head.length), 0x20)]);
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

/**
 * The employee's SKP and evidence files, and the supervisor's team month and objection decisions, against the
 * demo ministry (seeded as of the 20th of last month: the month before it closed, last month still open).
 */
describeInBrowser('the web console for employees and supervisors, in Chromium', () => {
  let c: ConsoleUnderTest;
  const thisMonth = yearMonthOf(lastWeekday());
  const lastMonth = addMonths(thisMonth, -1);
  // The demo's SKP is of the year of the month it closed, with that month's rating and its SKP document.
  const closedMonth = addMonths(thisMonth, -2);

  // Room for the evidence files the tests below upload (2000 bytes at each size); a file larger than the whole
  // quota is refused by it whatever ran before.
  const EVIDENCE_QUOTA_BYTES = 5000;

  beforeAll(async () => {
    c = await startConsole({ EVIDENCE_QUOTA_BYTES: String(EVIDENCE_QUOTA_BYTES) });
  }, 300_000);

  afterAll(async () => {
    await c?.close();
  });

  describe.each<[ViewportName, string]>([
    ['desktop', '10:00'],
    ['phone', '13:00'],
  ])('at a %s size', (viewport, startTime) => {
    it('the employee reads their SKP: RHK, indicator, target and realisation, status, and the SKP PDF', async () => {
      const page = await openPage(c, viewport);
      await logIn(page, c.logins.EMPLOYEE);
      await navigate(page, 'SKP saya');
      await heading(page, 'SKP saya').waitFor();
      for (let year = Number(thisMonth.slice(0, 4)); year > Number(closedMonth.slice(0, 4)); year--) {
        await page.getByRole('button', { name: /Tahun sebelumnya/ }).click();
      }
      const plan = page.getByTestId('skp-plan').first();
      await plan.getByText('Disetujui', { exact: true }).waitFor();
      const rhk = plan.getByTestId('rhk').filter({ hasText: 'Tersusunnya laporan asesmen klien' });
      await rhk.getByRole('rowheader', { name: /Laporan asesmen klien/ }).waitFor();
      await rhk.getByRole('cell', { name: '240 laporan' }).waitFor();
      // Two reports a working day, approved through last month: a realisation that is not zero.
      expect(await rhk.getByTestId('realised').first().textContent()).toMatch(/^[1-9]\d* laporan$/);

      const link = page.getByTestId('skp-pdf').filter({ hasText: closedMonth });
      const href = await link.getAttribute('href');
      expect(href).toMatch(/^\/api\/v1\/appraisals\/[0-9a-f-]{36}\/document\.pdf$/);
      const download = await page.request.get(c.base + href!);
      expect(download.status()).toBe(200);
      expect(download.headers()['content-type']).toContain('application/pdf');
      expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-');
      await checkpoint(page, `employee-skp-${viewport}`);

      await page.getByRole('button', { name: 'English' }).click();
      await heading(page, 'My SKP').waitFor();
      await page.getByTestId('skp-plan').first().getByText('Approved', { exact: true }).waitFor();
      await checkpoint(page, `employee-skp-en-${viewport}`);
      await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
      await heading(page, 'SKP saya').waitFor();
      await logOut(page);
      await page.context().close();
    });

    it('the employee logs an activity with an evidence file; a wrong type and a file too large are explained, and the upload is retried', async () => {
      const page = await openPage(c, viewport);
      await logIn(page, c.logins.EMPLOYEE);
      await navigate(page, 'Catat aktivitas');
      const fill = async (start: string, description: string) => {
        await page.getByLabel('Kegiatan dari katalog').selectOption({ index: 1 });
        await page.getByLabel('Tanggal').fill(lastWeekday());
        await page.getByLabel('Mulai').fill(start);
        await page.getByLabel('Selesai').fill(`${start.slice(0, 2)}:45`);
        await page.getByLabel('Jumlah').fill('1');
        await page.getByLabel('Uraian').fill(description);
      };
      const evidence = page.getByLabel('Berkas bukti (PDF, JPEG atau PNG)');

      // A text file is refused before anything is sent: no activity is logged.
      await fill(startTime, `Catatan bukan PDF (${viewport})`);
      await evidence.setInputFiles({ name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('bukan pdf') });
      await page.getByRole('button', { name: 'Kirim' }).click();
      await page.getByRole('alert').getByText('Jenis berkas tidak didukung').waitFor();
      await checkpoint(page, `employee-evidence-type-${viewport}`);

      // Too large (the limit is 2 MiB): the activity is kept, the upload is explained and can be retried alone.
      const description = `Laporan asesmen dengan berkas (${viewport})`;
      await fill(startTime, description);
      await evidence.setInputFiles({ name: 'besar.pdf', mimeType: 'application/pdf', buffer: pdf(3 * 1024 * 1024, 'besar') });
      await page.getByRole('button', { name: 'Kirim' }).click();
      await page.getByRole('alert').getByText('Berkas terlalu besar').waitFor();
      await page.getByRole('alert').getByText('Aktivitas tersimpan').waitFor();
      await checkpoint(page, `employee-evidence-too-large-${viewport}`);

      const evidenceFile = pdf(2000, `laporan-${viewport}`);
      await evidence.setInputFiles({ name: 'laporan.pdf', mimeType: 'application/pdf', buffer: evidenceFile });
      await page.getByRole('button', { name: 'Unggah ulang berkas bukti' }).click();
      await page.getByText('Berkas bukti terunggah.').waitFor();
      await checkpoint(page, `employee-evidence-uploaded-${viewport}`);

      await navigate(page, 'Aktivitas saya');
      const mine = page.locator('.item', { hasText: description });
      await mine.getByText('Menunggu').waitFor();
      const link = mine.getByTestId('evidence-link');
      const stored = await page.request.get(c.base + (await link.getAttribute('href'))!);
      expect(stored.status()).toBe(200);
      expect(stored.headers()['content-type']).toBe('application/pdf');
      expect(Buffer.compare(await stored.body(), evidenceFile)).toBe(0);
      // One activity only: the refused text file logged none, the retry did not log a second.
      await expect(page.locator('.item', { hasText: `Catatan bukan PDF (${viewport})` }).count()).resolves.toBe(0);
      await expect(mine.count()).resolves.toBe(1);
      await checkpoint(page, `employee-activities-evidence-${viewport}`);
      await logOut(page);
      await page.context().close();
    });

    it("the supervisor reads the team's month: achievement bars, attendance and unreviewed work per person", async () => {
      const page = await openPage(c, viewport);
      await logIn(page, c.logins.SUPERVISOR);
      await navigate(page, 'Bulan tim');
      await heading(page, 'Bulan tim').waitFor();
      // Last month: the demo's work up to the 19th, its last week still waiting in the inbox.
      await page.getByRole('button', { name: /Bulan sebelumnya/ }).click();
      const chart = page.getByRole('figure', { name: /Capaian, kehadiran dan pekerjaan yang belum diperiksa/ });
      const rows = chart.getByTestId('team-row');
      await rows.first().waitFor();
      // One row per person supervised in the month, whether or not they logged work.
      const team = await page.request.get(`${c.base}/api/v1/supervision/team?month=${lastMonth}`);
      expect(await rows.count()).toBe((await team.json()).items.length);
      expect(await rows.count()).toBeGreaterThanOrEqual(5);
      const employee = rows.filter({ hasText: c.logins.EMPLOYEE.username });
      expect(await employee.getByTestId('team-achievement').textContent()).toMatch(/^\d+(\.\d)?%$/);
      expect(await employee.getByTestId('team-deduction').textContent()).toMatch(/^\d+(\.\d+)?%$/);
      await employee
        .getByTestId('team-waiting')
        .getByRole('link', { name: /^[1-9]\d* aktivitas menunggu/ })
        .waitFor();
      await checkpoint(page, `supervisor-team-month-${viewport}`);
      await logOut(page);
      await page.context().close();
    });

    it('access is denied to an employee opening the supervisor pages, and those pages are not in their menu', async () => {
      const page = await openPage(c, viewport);
      await logIn(page, c.logins.EMPLOYEE);
      for (const entry of ['Bulan tim', 'Keberatan', 'Kotak masuk']) {
        await expect(page.getByRole('navigation').getByRole('link', { name: entry, exact: true }).count()).resolves.toBe(0);
      }
      for (const path of ['team-month', 'objections']) {
        await page.goto(`${c.base}/#/${path}`);
        await heading(page, 'Akses ditolak').waitFor();
      }
      await checkpoint(page, `access-denied-supervisor-pages-${viewport}`);
      // The API itself hands an employee no objection to decide, and refuses them another's achievement.
      const awaiting = await page.request.get(`${c.base}/api/v1/appraisals?awaitingMyDecision=true`);
      expect([awaiting.status(), (await awaiting.json()).items]).toEqual([200, []]);
      await logOut(page);
      await page.context().close();
    });
  });

  it("an evidence file over the employee's quota is explained, and the activity is kept for a retry", async () => {
    const page = await openPage(c, 'phone');
    await logIn(page, c.logins.EMPLOYEE);
    await navigate(page, 'Catat aktivitas');
    await page.getByLabel('Kegiatan dari katalog').selectOption({ index: 1 });
    await page.getByLabel('Tanggal').fill(lastWeekday());
    await page.getByLabel('Mulai').fill('15:00');
    await page.getByLabel('Selesai').fill('15:45');
    await page.getByLabel('Jumlah').fill('1');
    await page.getByLabel('Uraian').fill('Laporan melebihi kuota');
    await page.getByLabel('Berkas bukti (PDF, JPEG atau PNG)').setInputFiles({ name: 'ketiga.pdf', mimeType: 'application/pdf', buffer: pdf(EVIDENCE_QUOTA_BYTES + 1, 'ketiga') });
    await page.getByRole('button', { name: 'Kirim' }).click();
    await page.getByRole('alert').getByText('melebihi kuota').waitFor();
    await page.getByRole('alert').getByText('Aktivitas tersimpan').waitFor();
    await page.getByRole('button', { name: 'Unggah ulang berkas bukti' }).waitFor();
    await checkpoint(page, 'employee-evidence-quota-phone');
    await logOut(page);
    await page.context().close();
  });

  it("the appraiser's superior rejects an objection, keeping the rating, with a note; the list then says nothing waits", async () => {
    const page = await openPage(c, 'desktop');
    await logIn(page, c.logins.SUPERIOR);
    await navigate(page, 'Keberatan');
    await heading(page, 'Keberatan atas penilaian').waitFor();
    const objection = page.getByTestId('objection').first();
    await objection.getByTestId('objection-reason').getByText('menunggu data klien').waitFor();
    await objection.getByText(closedMonth, { exact: true }).waitFor();
    await objection.getByText('BUTUH_PERBAIKAN').waitFor();
    await checkpoint(page, 'superior-objections-desktop');

    // Changing the rating of a closed month is refused and said so; keeping it is the superior's decision here.
    await objection.getByRole('button', { name: 'Terima keberatan (ubah penilaian)' }).click();
    await objection.getByRole('group', { name: 'Hasil kerja' }).getByLabel('Sesuai ekspektasi').check();
    await objection.getByLabel('Catatan keputusan').fill('Data klien memang terlambat dari dinas.');
    await objection.getByRole('button', { name: 'Simpan penilaian baru' }).click();
    await objection.getByRole('alert').waitFor();
    await checkpoint(page, 'superior-objection-change-refused-desktop');

    await objection.getByRole('button', { name: 'Tolak keberatan (pertahankan penilaian)' }).click();
    await objection.getByLabel('Catatan keputusan').fill('Keterlambatan tercatat; penilaian tetap.');
    await objection.getByRole('button', { name: 'Pertahankan penilaian', exact: true }).click();
    await page.getByRole('status').getByText('penilaian dipertahankan').waitFor();
    await page.getByTestId('objections-empty').waitFor();
    await checkpoint(page, 'superior-objection-decided-desktop');
    await logOut(page);
    await page.context().close();
  });

  it('the superior finds the objections page at a phone size, with nothing left waiting after the decision', async () => {
    const page = await openPage(c, 'phone');
    await logIn(page, c.logins.SUPERIOR);
    await navigate(page, 'Keberatan');
    await page.getByTestId('objections-empty').waitFor();
    await checkpoint(page, 'superior-objections-phone');
    await logOut(page);
    await page.context().close();
  });
});

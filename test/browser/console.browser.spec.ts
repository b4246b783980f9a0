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

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

describeInBrowser('the web console in Chromium', () => {
  let c: ConsoleUnderTest;
  const thisMonth = yearMonthOf(lastWeekday());
  const lastMonth = addMonths(thisMonth, -1);

  beforeAll(async () => {
    c = await startConsole();
  }, 300_000);

  afterAll(async () => {
    await c?.close();
  });

  // Ratings come first: last month is over (a period is rated only once it has ended) and still open until HR
  // closes it below.
  describe.each<[ViewportName]>([['desktop'], ['phone']])('rating at a %s size', (viewport) => {
    it('the supervisor rates a subordinate on results and behaviour and sees the predikat the matrix gives', async () => {
      const page = await openPage(c, viewport);
      await logIn(page, c.logins.SUPERVISOR);
      await navigate(page, 'Penilaian');
      // The demo employee is rated for last month (and acknowledges it below); the phone rates a colleague.
      const employee = page.getByLabel('Pegawai');
      const nip = c.logins.EMPLOYEE.username;
      const choice = viewport === 'desktop' ? employee.locator('option', { hasText: nip }) : employee.locator('option:not([value=""])', { hasNotText: nip }).first();
      await employee.selectOption(await choice.getAttribute('value'));
      await page.getByLabel('Periode (YYYY-MM)').fill(lastMonth);
      await page.getByRole('group', { name: 'Hasil kerja' }).getByLabel('Di atas ekspektasi').check();
      await page.getByRole('group', { name: 'Perilaku kerja' }).getByLabel('Sesuai ekspektasi').check();
      await page.getByRole('button', { name: 'Simpan penilaian' }).click();
      await page.locator('[data-testid="predikat"], .alert.error').first().waitFor();
      expect(await page.locator('.alert.error').allTextContents()).toEqual([]);
      // The matrix: results above and behaviour as expected give BAIK (PermenPANRB 6/2022).
      await expectText(page.getByTestId('predikat'), /^BAIK$/);
      await checkpoint(page, `supervisor-rating-${viewport}`);
      await logOut(page);
      await page.context().close();
    });

    it('the employee reads their appraisal and acknowledges it', async () => {
      const page = await openPage(c, viewport);
      await logIn(page, c.logins.EMPLOYEE);
      await navigate(page, 'Penilaian saya');
      const appraisal = page.getByTestId('appraisal').filter({ hasText: lastMonth });
      await appraisal.getByText('BAIK').waitFor();
      const acknowledge = appraisal.getByRole('button', { name: 'Saya sudah membaca' });
      if (await acknowledge.isVisible()) await acknowledge.click();
      await appraisal.getByText('Sudah dibaca').waitFor();
      await checkpoint(page, `employee-appraisal-${viewport}`);
      await logOut(page);
      await page.context().close();
    });
  });

  describe.each<[ViewportName, string]>([
    ['desktop', '08:00'],
    ['phone', '10:00'],
  ])('at a %s size', (viewport, startTime) => {
    it("the employee's day: clock in, the day and the month, log an activity, see it waiting, read the statement, switch language", async () => {
      const page = await openPage(c, viewport);
      await checkpoint(page, `login-${viewport}`);
      await logIn(page, c.logins.EMPLOYEE);
      await heading(page, 'Hari ini').waitFor();
      await page.getByRole('button', { name: 'Absen masuk' }).click();
      await page.getByText('Tersimpan').waitFor();
      await expectText(page.getByTestId('clock-in'), /\d\d:\d\d/);
      await expectText(page.getByTestId('day-explanation'), /\S/);
      await checkpoint(page, `employee-today-${viewport}`);

      await navigate(page, 'Bulan saya');
      await page.getByRole('progressbar', { name: 'Capaian kinerja' }).waitFor();
      await page.locator('.calendar summary').first().click();
      await checkpoint(page, `employee-month-${viewport}`);

      await navigate(page, 'Catat aktivitas');
      await page.getByText('paling lambat 5 hari kerja').waitFor();
      const catalog = page.getByLabel('Kegiatan dari katalog');
      await catalog.selectOption({ index: 1 });
      await page.getByLabel('Tanggal').fill(lastWeekday());
      await page.getByLabel('Mulai').fill(startTime);
      await page.getByLabel('Selesai').fill(`${String(Number(startTime.slice(0, 2)) + 1).padStart(2, '0')}:30`);
      await page.getByLabel('Jumlah').fill('2');
      await page.getByLabel('Uraian').fill(`Asesmen klien dari konsol (${viewport})`);
      await page.getByRole('button', { name: 'Kirim' }).click();
      await page.getByText('Tersimpan').waitFor();
      await checkpoint(page, `employee-log-${viewport}`);

      await navigate(page, 'Aktivitas saya');
      const mine = page.locator('.item', { hasText: `Asesmen klien dari konsol (${viewport})` });
      await mine.getByText('Menunggu').waitFor();
      await checkpoint(page, `employee-activities-${viewport}`);

      await navigate(page, 'Cuti & izin saya');
      await expectText(page.getByTestId('leave-balance'), /Sisa cuti tahunan \d{4}: \d+/);
      await page.getByLabel('Jenis izin').selectOption({ label: viewport === 'desktop' ? 'Datang terlambat' : 'Pulang lebih awal' });
      await page.getByLabel('Alasan').fill(`Mengantar anak ke sekolah (${viewport})`);
      await page.getByRole('button', { name: 'Kirim' }).click();
      await page.getByText('Tersimpan').waitFor();
      await page.getByTestId('my-permit').getByText('Menunggu').first().waitFor();
      await checkpoint(page, `employee-leave-${viewport}`);

      await navigate(page, 'Tunjangan saya');
      // The month before last was closed by the demo; last month only once HR closes it.
      await page.getByRole('button', { name: /Bulan sebelumnya/ }).click();
      await expectText(page.getByTestId('net'), /Rp/);
      await page.getByRole('heading', { name: 'Rincian' }).waitFor();
      await page.getByRole('heading', { name: 'Versi' }).waitFor();
      await checkpoint(page, `employee-statement-${viewport}`);

      await page.getByRole('button', { name: 'English' }).click();
      await heading(page, 'Allowance statement').waitFor();
      expect(await page.evaluate(() => (globalThis as any).document.documentElement.lang as string)).toBe('en');
      await checkpoint(page, `employee-statement-en-${viewport}`);
      await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
      await heading(page, 'Pernyataan tunjangan').waitFor();
      await logOut(page);
      await page.context().close();
    });

    it('the supervisor clears the inbox (reduce, reject, approve, bulk approve) and decides a permit', async () => {
      const page = await openPage(c, viewport);
      await logIn(page, c.logins.SUPERVISOR);
      await navigate(page, 'Kotak masuk');
      const items = page.getByTestId('inbox-item');
      await items.first().waitFor();
      await expectText(page.locator('.group h2').first(), /NIP \d{18}/);
      await checkpoint(page, `supervisor-inbox-${viewport}`);

      const before = await items.count();
      const reducible = items.filter({ hasText: /× [2-9]/ }).first();
      await reducible.getByRole('button', { name: /^Kurangi/ }).click();
      await reducible.getByLabel('Jumlah disetujui').fill('1');
      await reducible.getByLabel('Catatan').fill('Satu laporan belum lengkap');
      await reducible.getByRole('button', { name: 'Simpan' }).click();
      await waitForCount(page, before - 1);

      if ((await items.count()) > 1) {
        const rejected = items.first();
        await rejected.getByRole('button', { name: /^Tolak/ }).click();
        await rejected.getByLabel('Alasan').fill('Bukan bagian dari tugas');
        await rejected.getByRole('button', { name: 'Tolak', exact: true }).click();
        await waitForCount(page, before - 2);
      }
      if ((await items.count()) > 1) {
        const remaining = await items.count();
        await items
          .first()
          .getByRole('button', { name: /^Setujui/ })
          .click();
        await waitForCount(page, remaining - 1);
      }
      if ((await items.count()) > 0) {
        const remaining = await items.count();
        await items.first().getByRole('checkbox').check();
        await page.getByRole('button', { name: 'Setujui yang dipilih (1)' }).click();
        await waitForCount(page, remaining - 1);
      }
      while ((await items.count()) > 0) {
        const remaining = await items.count();
        await page
          .getByRole('button', { name: /^Setujui semua/ })
          .first()
          .click();
        await page.waitForFunction((n) => (globalThis as any).document.querySelectorAll('[data-testid="inbox-item"]').length < n, remaining);
      }
      await page.getByTestId('inbox-empty').waitFor();
      await checkpoint(page, `supervisor-inbox-cleared-${viewport}`);

      await navigate(page, 'Keputusan cuti & izin');
      const permit = page.getByTestId('request-item').filter({ hasText: `Mengantar anak ke sekolah (${viewport})` });
      await checkpoint(page, `supervisor-requests-${viewport}`);
      await permit.getByRole('button', { name: 'Setujui' }).click();
      await permit.waitFor({ state: 'detached' });

      await logOut(page);
      await page.context().close();
    });

    it('HR closes last month (or recomputes it once closed) and reads a statement', async () => {
      const page = await openPage(c, viewport);
      await logIn(page, c.logins.HR_ADMIN);
      await navigate(page, 'Periode');
      const row = page.getByTestId(`period-${lastMonth}`);
      await row.waitFor();
      await checkpoint(page, `hr-periods-${viewport}`);
      const close = row.getByRole('button', { name: /^Tutup bulan/ });
      if (await close.isVisible()) await close.click();
      else await row.getByRole('button', { name: /^Hitung ulang/ }).click();
      await row.getByText('Ditutup', { exact: true }).waitFor({ timeout: 60_000 });
      await expectText(row.locator('td').nth(1), /^[1-9]\d*$/);
      await checkpoint(page, `hr-period-closed-${viewport}`);

      await row.getByRole('link').click();
      await page.getByRole('link', { name: 'Daftar nominatif (Excel)' }).waitFor();
      await page.locator('tbody tr th a').first().click();
      await heading(page, 'Pernyataan tunjangan').waitFor();
      await expectText(page.getByTestId('net'), /Rp/);
      await checkpoint(page, `hr-statement-${viewport}`);
      await logOut(page);
      await page.context().close();
    });

    it('HR finds an employee by name or NIP, reads the unit achievement roll-up and the discipline alerts', async () => {
      const page = await openPage(c, viewport);
      await logIn(page, c.logins.HR_ADMIN);
      await navigate(page, 'Organisasi');
      await page.getByRole('heading', { name: 'Unit kerja' }).waitFor();
      await page.getByLabel('Cari nama atau NIP').fill(c.logins.EMPLOYEE.username);
      await page.waitForFunction(() => (globalThis as any).document.querySelectorAll('[data-testid="employee-row"]').length === 1);
      await checkpoint(page, `hr-organization-${viewport}`);

      await navigate(page, 'Capaian unit');
      const unit = page.getByRole('main').getByRole('combobox').first();
      await unit.selectOption(await unit.locator('option', { hasText: 'BRS-MKS' }).getAttribute('value'));
      await page.getByTestId('unit-achievement').getByRole('progressbar').first().waitFor();
      await checkpoint(page, `hr-unit-achievement-${viewport}`);

      await navigate(page, 'Peringatan disiplin');
      await page.locator('main .list, [data-testid="no-alerts"]').first().waitFor();
      await checkpoint(page, `hr-discipline-${viewport}`);
      await logOut(page);
      await page.context().close();
    });

    it('payroll reads the totals, the register links and the feed position', async () => {
      const page = await openPage(c, viewport);
      await logIn(page, c.logins.PAYROLL);
      await navigate(page, 'Penggajian');
      await expectText(page.getByTestId('feed-position'), /remuneration\.allowance-(posted|adjusted)\.v1/);
      const csv = await page.request.get(`${c.base}/api/v1/periods/${lastMonth}/statements.csv`);
      expect(csv.status()).toBe(200);
      await checkpoint(page, `payroll-${viewport}`);
      await logOut(page);
      await page.context().close();
    });

    it('access is denied where it must be: pages outside the role, the API without a session, writes without the CSRF header, an expired session', async () => {
      const page = await openPage(c, viewport);
      expect((await page.request.get(`${c.base}/api/v1/me`)).status()).toBe(401);
      await logIn(page, c.logins.EMPLOYEE);
      expect(await page.evaluate(() => (globalThis as any).document.cookie as string)).not.toContain('ep_');
      await expect(page.getByRole('navigation').getByRole('link', { name: 'Periode' }).count()).resolves.toBe(0);
      await page.goto(`${c.base}/#/periods`);
      await heading(page, 'Akses ditolak').waitFor();
      await checkpoint(page, `access-denied-${viewport}`);
      const forbidden = await page.request.get(`${c.base}/api/v1/periods/${lastMonth}/statements`);
      expect(forbidden.status()).toBe(403);
      const noHeader = await page.request.post(`${c.base}/api/v1/attendance/clock`, { data: { direction: 'OUT' } });
      expect(noHeader.status()).toBe(403);
      expect((await noHeader.json()).code).toBe('CSRF_HEADER_MISSING');

      await page.context().clearCookies();
      await page.goto(`${c.base}/#/month`);
      await page.getByText('Sesi Anda telah berakhir').waitFor();
      await checkpoint(page, `session-expired-${viewport}`);

      await logIn(page, c.logins.PAYROLL);
      await page.goto(`${c.base}/#/today`);
      await heading(page, 'Akses ditolak').waitFor();
      await logOut(page);
      await page.getByLabel('NIP atau nama pengguna').fill(c.logins.PAYROLL.username);
      await page.getByLabel('Kata sandi').fill('wrong-password');
      await page.getByRole('button', { name: 'Masuk' }).click();
      await page.getByRole('alert').getByText('salah').waitFor();
      await checkpoint(page, `login-refused-${viewport}`);
      await page.context().close();
    });
  });

  // Last: it changes the demo employee's password.
  it('a password HR set is changed at the first console login, before any other page opens', async () => {
    const employee = c.logins.EMPLOYEE;
    const session = (await c.app.post('/api/v1/auth/login', { username: employee.username, password: employee.password })).body;
    const me = (await c.app.get('/api/v1/me', session.accessToken)).body;
    expect((await c.app.post(`/api/v1/employees/${me.employeeId}/login`, { password: 'Chosen-by-HR-2026' }, await c.app.adminToken())).status).toBe(204);

    const page = await openPage(c, 'phone');
    await page.getByLabel('NIP atau nama pengguna').fill(employee.username);
    await page.getByLabel('Kata sandi').fill('Chosen-by-HR-2026');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await heading(page, 'Ganti kata sandi').waitFor();
    expect((await page.request.get(`${c.base}/api/v1/activities`)).status()).toBe(403);
    await checkpoint(page, 'password-change-required-phone');
    await page.getByLabel('Kata sandi sekarang').fill('Chosen-by-HR-2026');
    await page.getByLabel('Kata sandi baru', { exact: false }).fill('only-I-know-2026');
    await page.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await heading(page, 'Hari ini').waitFor();
    await checkpoint(page, 'password-changed-phone');
    expect((await page.request.get(`${c.base}/api/v1/activities`)).status()).toBe(200);
    expect((await c.app.post('/api/v1/auth/login', { username: employee.username, password: 'only-I-know-2026' })).body.mustChangePassword).toBeUndefined();
    await page.context().close();
  });
});

async function expectText(locator: ReturnType<Page['locator']>, pattern: RegExp): Promise<void> {
  await locator.waitFor();
  const deadline = Date.now() + 10_000;
  let text = '';
  while (Date.now() < deadline) {
    text = ((await locator.textContent()) ?? '').trim();
    if (pattern.test(text)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(text).toMatch(pattern);
}

async function waitForCount(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => (globalThis as any).document.querySelectorAll('[data-testid="inbox-item"]').length === n, count);
}

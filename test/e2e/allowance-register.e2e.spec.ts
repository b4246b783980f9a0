import ExcelJS from 'exceljs';
import { OrgBuilder, PASSWORD } from '../support/org-builder';
import { untilClosed } from '../support/remuneration';
import { startTestApp, TestApp, TestClock } from '../support/test-app';

const LINES = ['SANCTION', 'ATTENDANCE', 'LEAVE', 'PERFORMANCE'];

/** RFC 4180 as the register writes it: CRLF rows, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

/** The daftar nominatif of a closed month, as XLSX and CSV, checked against the statements themselves. */
describe('the allowance register (daftar nominatif): XLSX and CSV per satker, with totals per unit, satker and overall', () => {
  let t: TestApp;
  let admin: string;
  const clock = new TestClock('2026-07-01T03:00:00Z');
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  let statements: any[] = [];

  const download = (path: string, token: string) => t.app.inject({ method: 'GET', url: `/api/v1/periods/${path}`, headers: { authorization: `Bearer ${token}` } });
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    admin = await t.adminToken();
    const org = new OrgBuilder(t, admin);
    const root = await org.unit('ROOT', null, { isSatker: true });
    const dit = await org.unit('DIT', root.id);
    const balai = await org.unit('BALAI', root.id, { isSatker: true, type: 'UPT' });
    const seksi = await org.unit('SEKSI', balai.id, { type: 'ESELON_IV' });
    Object.assign(ids, { root: root.id, dit: dit.id, balai: balai.id, seksi: seksi.id });
    const pos = async (code: string, unitId: string, kelas: number) => (await org.position(code, unitId, null, 'PELAKSANA', kelas)).id;
    const people = {
      head: await org.placed('Kepala Biro', await pos('P-ROOT', root.id, 12)),
      d1: await org.placed('Analis, "Satu"', await pos('P-DIT1', dit.id, 8)),
      d2: await org.placed('Analis Dua', await pos('P-DIT2', dit.id, 7)),
      b1: await org.placed('Kepala Balai', await pos('P-BALAI', balai.id, 9)),
      s1: await org.placed('Pekerja Sosial', await pos('P-SEKSI1', seksi.id, 7)),
      s2: await org.placed('Penyuluh', await pos('P-SEKSI2', seksi.id, 6)),
    };
    for (const [k, v] of Object.entries(people)) ids[k] = v.id;
    await t.post(`/api/v1/employees/${ids.b1}/roles`, { role: 'UNIT_ADMIN', unitId: balai.id }, admin);
    await t.post(`/api/v1/employees/${ids.s1}/roles`, { role: 'PAYROLL' }, admin);
    tokens.unitAdmin = await t.login(people.b1.nip, PASSWORD);
    tokens.payroll = await t.login(people.s1.nip, PASSWORD);
    tokens.employee = await t.login(people.d2.nip, PASSWORD);
    expect((await t.post('/api/v1/periods/2026-06/close', {}, admin)).status).toBe(202);
    expect((await untilClosed(t, admin, '2026-06')).statementCount).toBe(6);
    // A sanction after the close and a recomputation: the register lists version 2.
    await t.post('/api/v1/sanctions', { employeeId: ids.d1, percent: '25', startMonth: '2026-06', months: 1, reason: 'Hukuman disiplin', decreeNumber: 'KEP-1' }, admin);
    await t.post('/api/v1/periods/2026-06/recompute', {}, admin);
    statements = (await t.get('/api/v1/periods/2026-06/statements?limit=100', admin)).body.items;
    expect(statements).toHaveLength(6);
  }, 120_000);
  afterAll(() => t.close());

  it('XLSX: a sheet per satker titled with the month and satker, each employee once, amounts adding up to the unit, satker and grand totals', async () => {
    const res = await download('2026-06/statements.xlsx', tokens.payroll);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('daftar-nominatif-2026-06.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as any);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Rekapitulasi', 'BALAI', 'ROOT']);
    const seen: any[] = [];
    const satkerNets: number[] = [];
    for (const sheet of workbook.worksheets.slice(1)) {
      expect(sheet.getRow(1).getCell(1).text).toBe('Daftar Nominatif Tunjangan Kinerja Juni 2026');
      expect(sheet.getRow(2).getCell(1).text).toBe(`Satker: Unit ${sheet.name} (${sheet.name})`);
      const rows: any[][] = [];
      sheet.eachRow((row, n) => n > 4 && rows.push((row.values as any[]).slice(1)));
      let unitRows: any[][] = [];
      const unitNets: number[] = [];
      for (const row of rows) {
        const [, nip, label] = row;
        if (nip) {
          unitRows.push(row);
          seen.push({ nip, unit: row[3], kelas: row[4], status: row[5], gross: row[6], lines: row.slice(7, 11), net: row[11], version: row[12] });
        } else if (String(label).startsWith('Jumlah unit')) {
          for (let col = 6; col <= 11; col++) expect(row[col]).toBe(sum(unitRows.map((r) => r[col])));
          unitNets.push(row[11]);
          unitRows = [];
        } else {
          expect(label).toBe(`Jumlah satker ${sheet.name}`);
          expect(row[11]).toBe(sum(unitNets));
          satkerNets.push(row[11]);
        }
      }
    }
    expect(seen.map((s) => s.nip).sort()).toEqual(statements.map((s) => s.employee.nip).sort());
    for (const s of statements) {
      const row = seen.find((r) => r.nip === s.employee.nip);
      expect(row).toMatchObject({ unit: s.unit.code, gross: s.gross, net: s.net, version: s.version, status: 'PNS' });
      expect(row.lines).toEqual(LINES.map((code) => s.lines.find((l: any) => l.code === code).amount));
      expect(row.kelas).toBe(s.inputs.days.at(-1).kelas);
    }
    expect(seen.find((r) => r.nip === statements.find((s) => s.employee.id === ids.d1).employee.nip).version).toBe(2);
    const summary: any[][] = [];
    workbook.getWorksheet('Rekapitulasi')!.eachRow((row, n) => n > 3 && summary.push((row.values as any[]).slice(1)));
    expect(summary.map((r) => r[0])).toEqual(['Unit BALAI (BALAI)', 'Unit ROOT (ROOT)', 'Jumlah seluruhnya']);
    expect(summary.map((r) => r[7])).toEqual([...satkerNets, sum(statements.map((s) => s.net))]);
  });

  it('CSV: RFC 4180 with a BOM, integers, the same rows and totals; one satker with satkerId', async () => {
    const res = await download('2026-06/statements.csv', admin);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const text = res.rawPayload.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([
      'record',
      'satker_code',
      'satker_name',
      'unit_code',
      'nip',
      'name',
      'kelas',
      'status',
      'gross',
      'sanction',
      'attendance',
      'leave',
      'performance',
      'net',
      'version',
      'flags',
    ]);
    const employees = rows.filter((r) => r[0] === 'EMPLOYEE');
    expect(employees.map((r) => r[4]).sort()).toEqual(statements.map((s) => s.employee.nip).sort());
    expect(employees.find((r) => r[4] === statements.find((s) => s.employee.id === ids.d1).employee.nip)![5]).toBe('Analis, "Satu"');
    for (const s of statements) expect(Number(employees.find((r) => r[4] === s.employee.nip)![13])).toBe(s.net);
    for (const r of rows) for (const col of [8, 9, 10, 11, 12, 13]) expect(r[col]).toMatch(/^\d+$/);
    const net = (rs: string[][]) => sum(rs.map((r) => Number(r[13])));
    for (const unitTotal of rows.filter((r) => r[0] === 'UNIT_TOTAL')) {
      expect(Number(unitTotal[13])).toBe(net(employees.filter((r) => r[3] === unitTotal[3])));
    }
    expect(rows.filter((r) => r[0] === 'SATKER_TOTAL').map((r) => [r[1], Number(r[13])])).toEqual([
      ['BALAI', net(employees.filter((r) => r[1] === 'BALAI'))],
      ['ROOT', net(employees.filter((r) => r[1] === 'ROOT'))],
    ]);
    expect(
      employees
        .filter((r) => r[1] === 'BALAI')
        .map((r) => r[3])
        .sort(),
    ).toEqual(['BALAI', 'SEKSI', 'SEKSI']);
    const grand = rows.filter((r) => r[0] === 'GRAND_TOTAL');
    expect(grand.map((r) => [Number(r[5]), Number(r[8]), Number(r[13])])).toEqual([[6, sum(statements.map((s) => s.gross)), sum(statements.map((s) => s.net))]]);

    const one = parseCsv((await download(`2026-06/statements.csv?satkerId=${ids.balai}`, tokens.payroll)).rawPayload.toString('utf8').slice(1));
    expect(one.filter((r) => r[0] === 'EMPLOYEE')).toHaveLength(3);
    expect(one.filter((r) => r[0] === 'SATKER_TOTAL').map((r) => r[1])).toEqual(['BALAI']);
    const notSatker = await t.get(`/api/v1/periods/2026-06/statements.csv?satkerId=${ids.dit}`, admin);
    expect([notSatker.status, notSatker.body.errors?.[0]?.field]).toEqual([400, 'satkerId']);
  });

  it('unit admins get their subtree only; employees are refused; an open month is 409 MONTH_NOT_CLOSED', async () => {
    const mine = parseCsv((await download('2026-06/statements.csv', tokens.unitAdmin)).rawPayload.toString('utf8').slice(1));
    expect(
      mine
        .filter((r) => r[0] === 'EMPLOYEE')
        .map((r) => r[3])
        .sort(),
    ).toEqual(['BALAI', 'SEKSI', 'SEKSI']);
    expect((await download(`2026-06/statements.xlsx?unitId=${ids.seksi}`, tokens.unitAdmin)).statusCode).toBe(200);
    expect((await download(`2026-06/statements.xlsx?unitId=${ids.dit}`, tokens.unitAdmin)).statusCode).toBe(403);
    expect((await download('2026-06/statements.xlsx', tokens.employee)).statusCode).toBe(403);
    for (const ext of ['xlsx', 'csv']) {
      const open = await t.get(`/api/v1/periods/2026-07/statements.${ext}`, tokens.payroll);
      expect([open.status, open.body.code]).toEqual([409, 'MONTH_NOT_CLOSED']);
    }
  });
});

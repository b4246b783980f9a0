import ExcelJS from 'exceljs';
import { DEDUCTION_LINE_CODES } from '../../domain/deduction-lines';
import { AllowanceRegister, RegisterEntry, RegisterSatkerSection, RegisterTotals } from '../../domain/allowance-register';

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const LINE_HEADERS = { SANCTION: 'Potongan hukuman disiplin', ATTENDANCE: 'Potongan kehadiran', LEAVE: 'Potongan cuti/izin', PERFORMANCE: 'Potongan kinerja' };
const NO_SATKER = '(tanpa satker)';

export function monthTitle(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

const satkerName = (s: RegisterSatkerSection) => (s.satker ? `${s.satker.name} (${s.satker.code})` : NO_SATKER);

/** One sheet per satker (title: month and satker), employees by unit with unit and satker totals; a summary sheet first with the grand total. */
export async function registerWorkbook(register: AllowanceRegister): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const title = `Daftar Nominatif Tunjangan Kinerja ${monthTitle(register.month)}`;
  const money = { numFmt: '#,##0' };

  const summary = workbook.addWorksheet('Rekapitulasi');
  summary.addRow([title]).font = { bold: true, size: 14 };
  summary.addRow([]);
  summary.addRow(['Satker', 'Pegawai', 'Tunjangan kotor', ...DEDUCTION_LINE_CODES.map((c) => LINE_HEADERS[c]), 'Tunjangan bersih']).font = { bold: true };
  const totalsRow = (label: string, t: RegisterTotals) => [label, t.employees, t.gross, ...DEDUCTION_LINE_CODES.map((c) => t.lines[c]), t.net];
  for (const s of register.satkers) summary.addRow(totalsRow(satkerName(s), s.totals));
  summary.addRow(totalsRow('Jumlah seluruhnya', register.totals)).font = { bold: true };
  summary.columns.forEach((c, i) => Object.assign(c, { width: i === 0 ? 40 : 18, style: i >= 2 ? money : {} }));

  const used = new Set<string>(['Rekapitulasi']);
  for (const section of register.satkers) {
    const sheet = workbook.addWorksheet(sheetName(section.satker?.code ?? 'Tanpa satker', used));
    sheet.addRow([title]).font = { bold: true, size: 14 };
    sheet.addRow([`Satker: ${satkerName(section)}`]).font = { bold: true };
    sheet.addRow([]);
    sheet.addRow([
      'No',
      'NIP',
      'Nama',
      'Unit',
      'Kelas',
      'Status',
      'Tunjangan kotor',
      ...DEDUCTION_LINE_CODES.map((c) => LINE_HEADERS[c]),
      'Tunjangan bersih',
      'Versi',
      'Catatan',
    ]).font = { bold: true };
    let no = 0;
    const total = (label: string, t: RegisterTotals) => {
      const row = sheet.addRow([null, null, label, null, null, `${t.employees} pegawai`, t.gross, ...DEDUCTION_LINE_CODES.map((c) => t.lines[c]), t.net]);
      row.font = { bold: true };
    };
    for (const unit of section.units) {
      for (const e of unit.entries)
        sheet.addRow([++no, e.nip, e.name, unit.unit.code, e.kelas, e.status, e.gross, ...DEDUCTION_LINE_CODES.map((c) => e.lines[c]), e.net, e.version, e.flags.join(', ')]);
      total(`Jumlah unit ${unit.unit.code}`, unit.totals);
    }
    total(`Jumlah satker ${section.satker?.code ?? NO_SATKER}`, section.totals);
    const widths = [6, 22, 30, 14, 7, 12, 16, 16, 16, 16, 16, 16, 7, 28];
    sheet.columns.forEach((c, i) => Object.assign(c, { width: widths[i], style: i >= 6 && i <= 11 ? money : {} }));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Excel's sheet names: at most 31 characters, none of []:*?/\, unique. */
function sheetName(wanted: string, used: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '-').slice(0, 28) || 'Satker';
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}~${n}`;
  used.add(name.toLowerCase());
  return name;
}

const CSV_HEADER = [
  'record',
  'satker_code',
  'satker_name',
  'unit_code',
  'nip',
  'name',
  'kelas',
  'status',
  'gross',
  ...DEDUCTION_LINE_CODES.map((c) => c.toLowerCase()),
  'net',
  'version',
  'flags',
];

/**
 * RFC 4180 (CRLF, fields quoted when they hold a comma, quote or line break), UTF-8 with a BOM so that Excel
 * reads the names right; amounts as plain integers. `record` tells employee rows from the totals rows.
 */
export function registerCsv(register: AllowanceRegister): Buffer {
  const lines: unknown[][] = [CSV_HEADER];
  const totals = (record: string, s: RegisterSatkerSection | null, unitCode: string, t: RegisterTotals) => [
    record,
    s?.satker?.code ?? '',
    s ? satkerName(s) : '',
    unitCode,
    '',
    `${t.employees}`,
    '',
    '',
    t.gross,
    ...DEDUCTION_LINE_CODES.map((c) => t.lines[c]),
    t.net,
    '',
    '',
  ];
  const employee = (s: RegisterSatkerSection, e: RegisterEntry, unitCode: string) => [
    'EMPLOYEE',
    s.satker?.code ?? '',
    satkerName(s),
    unitCode,
    e.nip,
    e.name,
    e.kelas ?? '',
    e.status ?? '',
    e.gross,
    ...DEDUCTION_LINE_CODES.map((c) => e.lines[c]),
    e.net,
    e.version,
    e.flags.join('|'),
  ];
  for (const s of register.satkers) {
    for (const unit of s.units) {
      for (const e of unit.entries) lines.push(employee(s, e, unit.unit.code));
      lines.push(totals('UNIT_TOTAL', s, unit.unit.code, unit.totals));
    }
    lines.push(totals('SATKER_TOTAL', s, '', s.totals));
  }
  lines.push(totals('GRAND_TOTAL', null, '', register.totals));
  return Buffer.from('\uFEFF' + lines.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n', 'utf8');
}

function csvField(value: unknown): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

import { PERPRES_71_2023_KEMENSOS } from '../../../src/modules/remuneration/domain/allowance-table';
import { AllowanceStatement, DayCodeCount, StatementInputs } from '../../../src/modules/remuneration/domain/allowance-statement';
import { explainStatement } from '../../../src/modules/remuneration/domain/statement-explanation';
import { statementInputs } from './statement-inputs.builder';

const firstBand = { from: 1, to: 30 };
const exampleACounts: DayCodeCount[] = [
  { code: 'TL1', days: 2, percentPerDay: '0.5', minutes: firstBand },
  { code: 'PSW1', days: 1, percentPerDay: '0.5', minutes: firstBand },
  { code: 'TK', days: 1, percentPerDay: '5' },
  { code: 'CT', days: 2, percentPerDay: '0' },
];
const exampleA = statementInputs(
  '2026-06',
  { kelas: 8 },
  { attendancePercent: '6.5', activity: { approvedMinutes: 5130, targetMinutes: 5700 }, rating: 'BAIK', dayCodeCounts: exampleACounts },
);

function explain(inputs: StatementInputs, language: 'id' | 'en' = 'id') {
  return explainStatement(AllowanceStatement.issue(inputs), language);
}

describe('the explanation of worked example A', () => {
  it('in Bahasa Indonesia (the default)', () => {
    const explanation = explainStatement(AllowanceStatement.issue(exampleA));
    expect(explanation.gross).toEqual({ amount: 4595150, text: 'Kelas 8 (Rp4.595.150) × PNS 100 % × 30/30 hari = Rp4.595.150' });
    expect(explanation.lines).toEqual([
      {
        code: 'SANCTION',
        percent: '0',
        amount: 0,
        text: 'Tidak ada hukuman disiplin yang berlaku bulan ini: 0 %. Potongan kumulatif 0 % × Rp4.595.150 = Rp0; baris ini Rp0 − Rp0 = Rp0.',
      },
      {
        code: 'ATTENDANCE',
        percent: '6.5',
        amount: 298685,
        text:
          'Terlambat 1–30 menit (TL1): 2 hari × 0,5 % = 1 %; Pulang sebelum waktu 1–30 menit (PSW1): 1 hari × 0,5 % = 0,5 %; ' +
          'Tanpa keterangan (TK): 1 hari × 5 % = 5 %; jumlah 6,5 %. ' +
          'Potongan kumulatif 6,5 % × Rp4.595.150 = Rp298.684,75, dibulatkan Rp298.685; baris ini Rp298.685 − Rp0 = Rp298.685.',
      },
      {
        code: 'LEAVE',
        percent: '0',
        amount: 0,
        text: 'Cuti tahunan (CT): 2 hari × 0 % = 0 %. Potongan kumulatif 6,5 % × Rp4.595.150 = Rp298.684,75, dibulatkan Rp298.685; baris ini Rp298.685 − Rp298.685 = Rp0.',
      },
      {
        code: 'PERFORMANCE',
        percent: '7',
        amount: 321660,
        text:
          'Capaian aktivitas 5.130 dari 5.700 menit = 0,9 × predikat Baik 1,00 → faktor kinerja 0,9; 70 % × (1 − 0,9) = 7 %. ' +
          'Potongan kumulatif 13,5 % × Rp4.595.150 = Rp620.345,25, dibulatkan Rp620.345; baris ini Rp620.345 − Rp298.685 = Rp321.660.',
      },
    ]);
    expect(explanation.net).toEqual({ amount: 3974805, text: 'Diterima: Rp4.595.150 − Rp620.345 = Rp3.974.805' });
    expect(explanation.days).toHaveLength(30);
    expect(explanation.days[0]).toEqual({ date: '2026-06-01', kelas: 8, status: 'PNS', pltKelas: null, text: 'Kelas 8 (Rp4.595.150) × PNS 100 % / 30 = Rp153.171,67' });
  });

  it('in English', () => {
    const explanation = explainStatement(AllowanceStatement.issue(exampleA), 'en');
    expect(explanation.gross.text).toBe('Kelas 8 (Rp4,595,150) × PNS 100% × 30/30 days = Rp4,595,150');
    expect(explanation.lines.map((l) => l.text)).toEqual([
      'No disciplinary sanction covers this month: 0%. Cumulative deduction 0% × Rp4,595,150 = Rp0; this line Rp0 − Rp0 = Rp0.',
      'Late 1–30 minutes (TL1): 2 days × 0.5% = 1%; Left early 1–30 minutes (PSW1): 1 day × 0.5% = 0.5%; Absent without valid reason (TK): 1 day × 5% = 5%; total 6.5%. ' +
        'Cumulative deduction 6.5% × Rp4,595,150 = Rp298,684.75, rounded Rp298,685; this line Rp298,685 − Rp0 = Rp298,685.',
      'Annual leave (CT): 2 days × 0% = 0%. Cumulative deduction 6.5% × Rp4,595,150 = Rp298,684.75, rounded Rp298,685; this line Rp298,685 − Rp298,685 = Rp0.',
      'Activity achievement 5,130 of 5,700 minutes = 0.9 × rating Good 1.00 → performance factor 0.9; 70% × (1 − 0.9) = 7%. ' +
        'Cumulative deduction 13.5% × Rp4,595,150 = Rp620,345.25, rounded Rp620,345; this line Rp620,345 − Rp298,685 = Rp321,660.',
    ]);
    expect(explanation.net.text).toBe('Paid: Rp4,595,150 − Rp620,345 = Rp3,974,805');
    expect(explanation.days[29].text).toBe('Kelas 8 (Rp4,595,150) × PNS 100% / 30 = Rp153,171.67');
  });
});

describe('explaining other months', () => {
  it('shows each band with its minutes, and the leave charged after the free sick days', () => {
    const inputs = statementInputs(
      '2026-06',
      { kelas: 8 },
      {
        attendancePercent: '2',
        leavePercent: '4',
        dayCodeCounts: [
          { code: 'TL2', days: 2, percentPerDay: '1', minutes: { from: 31, to: 60 } },
          { code: 'CS', days: 3, percentPerDay: '0' },
          { code: 'CS', days: 2, percentPerDay: '1' },
          { code: 'I', days: 1, percentPerDay: '2' },
        ],
      },
    );
    const [, attendance, leave] = explain(inputs).lines;
    expect(attendance.text.startsWith('Terlambat 31–60 menit (TL2): 2 hari × 1 % = 2 %. ')).toBe(true);
    expect(
      leave.text.startsWith('Cuti sakit (CS): 3 hari × 0 % = 0 %; Cuti sakit melewati hari bebas potongan (CS): 2 hari × 1 % = 2 %; Izin (I): 1 hari × 2 % = 2 %; jumlah 4 %. '),
    ).toBe(true);
    const [, attendanceEn] = explain(inputs, 'en').lines;
    expect(attendanceEn.text.startsWith('Late 31–60 minutes (TL2): 2 days × 1% = 2%. ')).toBe(true);
  });

  it('names the open-ended band and says when a day cap made the line smaller than its items', () => {
    const inputs = statementInputs(
      '2026-06',
      { kelas: 8 },
      {
        attendancePercent: '5',
        dayCodeCounts: [
          { code: 'TL4', days: 2, percentPerDay: '1.5', minutes: { from: 91, to: null } },
          { code: 'PSW4', days: 2, percentPerDay: '1.5', minutes: { from: 91, to: null } },
        ],
      },
    );
    expect(explain(inputs).lines[1].text.split('. ')[0]).toBe(
      'Terlambat 91 menit atau lebih (TL4): 2 hari × 1,5 % = 3 %; Pulang sebelum waktu 91 menit atau lebih (PSW4): 2 hari × 1,5 % = 3 %; dibatasi per hari menjadi 5 %',
    );
  });

  it('gives the line percent alone when no day counts were stored', () => {
    const inputs = statementInputs('2026-06', { kelas: 8 }, { attendancePercent: '1.25' });
    expect(explain(inputs, 'en').lines[1].text.split('. ')[0]).toBe('Attendance deductions: 1.25%');
  });

  it('explains worked example B: the days without a position, CPNS 80 % and the missing rating', () => {
    const inputs = statementInputs(
      '2026-06',
      {
        kelasFrom: [
          { from: '2026-06-01', kelas: null },
          { from: '2026-06-15', kelas: 7 },
        ],
        statusFrom: [{ from: '2026-06-01', status: 'CPNS' }],
      },
      { activity: { approvedMinutes: 2970, targetMinutes: 3300 }, rating: null },
    );
    const explanation = explain(inputs);
    expect(explanation.gross.text).toBe('Kelas 7 (Rp3.915.950) × CPNS 80 % × 16/30 hari = Rp1.670.805,33 → dibulatkan Rp1.670.805. 14 hari tanpa jabatan definitif tidak dibayar');
    expect(explanation.lines[3].text).toBe(
      'Capaian aktivitas 2.970 dari 3.300 menit = 0,9 × tanpa predikat (belum dinilai) 1,00 → faktor kinerja 0,9; 70 % × (1 − 0,9) = 7 %. ' +
        'Potongan kumulatif 7 % × Rp1.670.805,33 = Rp116.956,37, dibulatkan Rp116.956; baris ini Rp116.956 − Rp0 = Rp116.956.',
    );
    expect(explanation.days[0].text).toBe('Tanpa jabatan definitif: Rp0');
    expect(explain(inputs, 'en').gross.text).toBe(
      'Kelas 7 (Rp3,915,950) × CPNS 80% × 16/30 days = Rp1,670,805.33 → rounded Rp1,670,805. 14 days without a definitive position are not paid',
    );
  });

  it('explains a Plt, a study assignment and a new table taking effect mid-month', () => {
    const raised = { regulation: 'Perpres 99/2026', effectiveFrom: '2026-06-16', baseAmounts: { ...PERPRES_71_2023_KEMENSOS.baseAmounts, '12': '10000000' } };
    const inputs = statementInputs(
      '2026-06',
      {
        kelas: 9,
        statusFrom: [
          { from: '2026-06-01', status: 'PNS' },
          { from: '2026-06-21', status: 'STUDY_ASSIGNMENT' },
        ],
        pltKelasFrom: [
          { from: '2026-06-10', kelas: 12 },
          { from: '2026-06-21', kelas: null },
        ],
      },
      { allowanceTables: [PERPRES_71_2023_KEMENSOS, raised] },
    );
    const explanation = explain(inputs);
    expect(explanation.gross.text).toBe(
      'Kelas 9 (Rp5.079.200, Perpres 71/2023) × PNS 100 % × 15/30 hari + Plt kelas 12 (Rp9.896.000, Perpres 71/2023) × 20 % × 6/30 hari + ' +
        'Kelas 9 (Rp5.079.200, Perpres 99/2026) × PNS 100 % × 5/30 hari + Plt kelas 12 (Rp10.000.000, Perpres 99/2026) × 20 % × 5/30 hari + ' +
        'Kelas 9 (Rp5.079.200, Perpres 99/2026) × tugas belajar 50 % × 10/30 hari = Rp4.961.840',
    );
    expect(explanation.days[9].text).toBe('(Kelas 9 (Rp5.079.200) × PNS 100 % + Plt kelas 12 (Rp9.896.000) × 20 %) / 30 = Rp235.280');
  });

  it('names the sanction decree, and says where the cap stops the deductions', () => {
    const inputs = statementInputs(
      '2026-06',
      { kelas: 6 },
      {
        sanctions: [{ percent: '25', startMonth: '2026-04', months: 6, decreeNumber: '800.1.6/017/2026', reason: '11 hari TK dalam 2026' }],
        attendancePercent: '90',
        activity: { achievement: '0.5' },
      },
    );
    const [sanction, attendance, , performance] = explain(inputs).lines;
    expect(sanction.text).toBe(
      'Hukuman disiplin menurut SK 800.1.6/017/2026 (11 hari TK dalam 2026): 25 % selama 6 bulan sejak April 2026. ' +
        'Potongan kumulatif 25 % × Rp3.510.400 = Rp877.600; baris ini Rp877.600 − Rp0 = Rp877.600.',
    );
    expect(attendance.text).toBe(
      'Potongan kehadiran: 90 %. Potongan kumulatif dibatasi 100 % (jumlah 115 %) × Rp3.510.400 = Rp3.510.400; baris ini Rp3.510.400 − Rp877.600 = Rp2.632.800.',
    );
    expect(performance.text.endsWith('Potongan kumulatif dibatasi 100 % (jumlah 150 %) × Rp3.510.400 = Rp3.510.400; baris ini Rp3.510.400 − Rp3.510.400 = Rp0.')).toBe(true);
    expect(explain(inputs, 'en').lines[0].text.startsWith('Disciplinary sanction by decree 800.1.6/017/2026 (11 hari TK dalam 2026): 25% for 6 months from April 2026. ')).toBe(
      true,
    );
  });

  it('says what a later version changes', () => {
    const v2 = AllowanceStatement.issue(exampleA).recompute({
      ...exampleA,
      attendancePercent: '6',
      dayCodeCounts: exampleACounts.map((c) => (c.code === 'TL1' ? { ...c, days: 1 } : c)),
    })!;
    expect(explainStatement(v2).net.text).toBe('Diterima: Rp4.595.150 − Rp597.370 = Rp3.997.780; versi 2, sebelumnya Rp3.974.805, selisih Rp22.975');
    expect(explainStatement(v2, 'en').net.text).toBe('Paid: Rp4,595,150 − Rp597,370 = Rp3,997,780; version 2, previously Rp3,974,805, difference Rp22,975');
  });
});

import { AllowanceTables, PERPRES_71_2023_KEMENSOS, defaultAllowanceTables } from '../../../src/modules/remuneration/domain/allowance-table';
import { EntitlementDay, GrossAllowance, entitlementDaysFromSteps } from '../../../src/modules/remuneration/domain/gross-allowance';
import { defaultRemunerationPolicy } from '../../../src/modules/remuneration/domain/remuneration-policy';

const policy = defaultRemunerationPolicy();
const tables = defaultAllowanceTables();

function grossOf(days: EntitlementDay[], month = '2026-06', using = tables): string {
  return GrossAllowance.compute(month, days, using, policy).amount.toString();
}

function pns(kelas: number | null, month = '2026-06'): EntitlementDay[] {
  return entitlementDaysFromSteps(month, { kelasFrom: [{ from: `${month}-01`, kelas }], statusFrom: [{ from: `${month}-01`, status: 'PNS' }], pltKelasFrom: [] });
}

describe('the gross allowance, pro-rated per calendar day (rules.md §5)', () => {
  it('is the base of the kelas for a whole month', () => {
    expect(grossOf(pns(8))).toBe('4595150');
  });

  it('is the base of the kelas in a 31-day month too', () => {
    expect(grossOf(pns(7, '2026-07'), '2026-07')).toBe('3915950');
  });

  it('pays a new CPNS 80 % from the day of appointment (worked example B): 3,915,950 × 0.8 × 16/30', () => {
    const days = entitlementDaysFromSteps('2026-06', {
      kelasFrom: [{ from: '2026-06-15', kelas: 7 }],
      statusFrom: [{ from: '2026-06-01', status: 'CPNS' }],
      pltKelasFrom: [],
    });
    const gross = GrossAllowance.compute('2026-06', days, tables, policy);
    expect(gross.amount.amount.toFixed(10)).toBe('1670805.3333333333');
    expect(gross.amount.roundToRupiah().toString()).toBe('1670805');
    expect(gross.eligibleDays).toBe(16);
  });

  it.each([
    ['CPNS', '1', '(10 + 20 × 0.8) / 30 × 5,979,200', '5181973.333333333333333333333333333333333'],
    ['STUDY_ASSIGNMENT', '0.5', '(10 + 20 × 0.5) / 30 × 5,979,200', '3986133.333333333333333333333333333333333'],
    ['UNPAID_LEAVE', '0', '10 / 30 × 5,979,200', '1993066.666666666666666666666666666666667'],
  ] as const)('changes with the status on the 11th to %s', (status, _factor, _formula, expected) => {
    const days = entitlementDaysFromSteps('2026-06', {
      kelasFrom: [{ from: '2026-01-01', kelas: 10 }],
      statusFrom: [
        { from: '2020-03-01', status: 'PNS' },
        { from: '2026-06-11', status },
      ],
      pltKelasFrom: [],
    });
    expect(grossOf(days)).toBe(expected);
  });

  it('adds 20 % of the acting post for each day held as Plt: kelas 9 + Plt kelas 12 from the 10th', () => {
    const days = entitlementDaysFromSteps('2026-06', {
      kelasFrom: [{ from: '2026-06-01', kelas: 9 }],
      statusFrom: [{ from: '2026-06-01', status: 'PNS' }],
      pltKelasFrom: [{ from: '2026-06-10', kelas: 12 }],
    });
    // 5,079,200 + 0.2 × 9,896,000 × 21/30
    expect(grossOf(days)).toBe('6464640');
    expect(days.filter((d) => d.pltKelas === 12)).toHaveLength(21);
  });

  it('ends the Plt on the day its step says so', () => {
    const days = entitlementDaysFromSteps('2026-06', {
      kelasFrom: [{ from: '2026-06-01', kelas: 9 }],
      statusFrom: [{ from: '2026-06-01', status: 'PNS' }],
      pltKelasFrom: [
        { from: '2026-05-20', kelas: 12 },
        { from: '2026-06-16', kelas: null },
      ],
    });
    // 5,079,200 + 0.2 × 9,896,000 × 15/30
    expect(grossOf(days)).toBe('6068800');
  });

  it('uses the table in force on each day when a new table takes effect mid-month', () => {
    const raised = { regulation: 'Perpres 99/2026', effectiveFrom: '2026-06-16', baseAmounts: { ...PERPRES_71_2023_KEMENSOS.baseAmounts, '8': '5000000' } };
    const withRaise = AllowanceTables.fromSnapshots([PERPRES_71_2023_KEMENSOS, raised]);
    const gross = GrossAllowance.compute('2026-06', pns(8), withRaise, policy);
    // (15 × 4,595,150 + 15 × 5,000,000) / 30
    expect(gross.amount.toString()).toBe('4797575');
    expect(new Set(gross.days.map((d) => d.regulation))).toEqual(new Set(['Perpres 71/2023', 'Perpres 99/2026']));
  });

  it('pays nothing on a day without a definitive position', () => {
    const gross = GrossAllowance.compute('2026-06', pns(null), tables, policy);
    expect(gross.amount.toString()).toBe('0');
    expect(gross.eligibleDays).toBe(0);
  });

  it('wants every calendar day of the month, in order', () => {
    const days = pns(8);
    expect(() => grossOf(days.slice(1))).toThrow(expect.objectContaining({ fieldErrors: [expect.objectContaining({ field: 'days', code: 'NOT_EVERY_CALENDAR_DAY' })] }));
    const swapped = [days[1], days[0], ...days.slice(2)];
    expect(() => grossOf(swapped)).toThrow(expect.objectContaining({ fieldErrors: [expect.objectContaining({ field: 'days[0].date' })] }));
    const badKelas = days.map((d, i) => (i === 3 ? { ...d, kelas: 18 } : d));
    expect(() => grossOf(badKelas)).toThrow(expect.objectContaining({ fieldErrors: [expect.objectContaining({ field: 'days[3].kelas' })] }));
  });

  it('has no status before the first status step, and such a day pays nothing', () => {
    const days = entitlementDaysFromSteps('2026-06', { kelasFrom: [{ from: '2026-06-01', kelas: 8 }], statusFrom: [{ from: '2026-06-16', status: 'PNS' }], pltKelasFrom: [] });
    expect([days[14].status, days[15].status]).toEqual([null, 'PNS']);
    expect(grossOf(days)).toBe('2297575');
  });

  it('wants steps in ascending order', () => {
    expect(() =>
      entitlementDaysFromSteps('2026-06', {
        kelasFrom: [
          { from: '2026-06-10', kelas: 8 },
          { from: '2026-06-01', kelas: 9 },
        ],
        statusFrom: [{ from: '2026-06-01', status: 'PNS' }],
        pltKelasFrom: [],
      }),
    ).toThrow(expect.objectContaining({ fieldErrors: [expect.objectContaining({ field: 'kelasFrom[1].from', code: 'STEPS_NOT_ASCENDING' })] }));
  });
});

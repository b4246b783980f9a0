import { AllowanceTable, AllowanceTables, PERPRES_71_2023_KEMENSOS, defaultAllowanceTables } from '../../../src/modules/remuneration/domain/allowance-table';

const perpres71 = PERPRES_71_2023_KEMENSOS;
const raisedTable = { regulation: 'Perpres 99/2026', effectiveFrom: '2026-06-16', baseAmounts: { ...perpres71.baseAmounts, '8': '5000000' } };

describe('allowance tables (rules.md §5)', () => {
  it('seed Perpres 71/2023 for Kemensos, in force from 2023-10-16', () => {
    const table = defaultAllowanceTables().inForceOn('2026-06-01');
    expect(table.regulation).toBe('Perpres 71/2023');
    expect(table.effectiveFrom).toBe('2023-10-16');
    expect(Array.from({ length: 17 }, (_, i) => table.baseAmountFor(i + 1).toJSONInteger())).toEqual([
      2531250, 2708250, 2898000, 2985000, 3134250, 3510400, 3915950, 4595150, 5079200, 5979200, 8757600, 9896000, 10936000, 17064000, 19280000, 27577500, 33240000,
    ]);
  });

  it('answer with the latest table that took effect on or before the date', () => {
    const tables = AllowanceTables.fromSnapshots([raisedTable, perpres71]);
    expect(tables.inForceOn('2026-06-15').baseAmountFor(8).toString()).toBe('4595150');
    expect(tables.inForceOn('2026-06-16').baseAmountFor(8).toString()).toBe('5000000');
    expect(tables.toSnapshots().map((t) => t.effectiveFrom)).toEqual(['2023-10-16', '2026-06-16']);
  });

  it('know no table before the first one', () => {
    expect(() => defaultAllowanceTables().inForceOn('2023-10-15')).toThrow(expect.objectContaining({ kind: 'rule', code: 'NO_ALLOWANCE_TABLE_IN_FORCE' }));
  });

  it('round-trip through their JSON snapshot', () => {
    const snapshot = JSON.parse(JSON.stringify(AllowanceTable.fromSnapshot(perpres71).toSnapshot()));
    expect(snapshot).toEqual(perpres71);
  });

  it('refuse two tables taking effect on the same day', () => {
    expect(() => AllowanceTables.fromSnapshots([perpres71, { ...raisedTable, effectiveFrom: perpres71.effectiveFrom }])).toThrow(
      expect.objectContaining({ fieldErrors: [expect.objectContaining({ field: 'allowanceTables[1].effectiveFrom', code: 'DUPLICATE_EFFECTIVE_DATE' })] }),
    );
  });

  const without12 = Object.fromEntries(Object.entries(perpres71.baseAmounts).filter(([kelas]) => kelas !== '12'));
  it.each([
    ['a missing kelas', { baseAmounts: without12 }, 'baseAmounts.12', 'MISSING_KELAS'],
    ['a fraction of a rupiah', { baseAmounts: { ...perpres71.baseAmounts, '3': '2898000.5' } }, 'baseAmounts.3', 'NOT_WHOLE_RUPIAH'],
    ['a negative amount', { baseAmounts: { ...perpres71.baseAmounts, '4': '-2985000' } }, 'baseAmounts.4', 'NOT_WHOLE_RUPIAH'],
    ['an amount that is not a number', { baseAmounts: { ...perpres71.baseAmounts, '5': '3,134,250' } }, 'baseAmounts.5', 'NOT_WHOLE_RUPIAH'],
    ['a kelas 18', { baseAmounts: { ...perpres71.baseAmounts, '18': '40000000' } }, 'baseAmounts.18', 'UNKNOWN_KELAS'],
    ['no regulation', { regulation: ' ' }, 'regulation', 'REQUIRED'],
    ['an impossible date', { effectiveFrom: '2023-02-30' }, 'effectiveFrom', 'INVALID_DATE'],
  ])('refuse %s, naming the field', (_what, change, field, code) => {
    expect(() => AllowanceTable.fromSnapshot({ ...perpres71, ...change })).toThrow(
      expect.objectContaining({ kind: 'validation', code, fieldErrors: [expect.objectContaining({ field, code })] }),
    );
  });
});

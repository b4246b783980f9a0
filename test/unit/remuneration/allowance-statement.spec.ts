import { AllowanceStatement, StatementInputs, computeStatement } from '../../../src/modules/remuneration/domain/allowance-statement';
import { DEFAULT_REMUNERATION_POLICY } from '../../../src/modules/remuneration/domain/remuneration-policy';
import { statementInputs } from './statement-inputs.builder';

/** Lines as [code, percent, amount] for short expectations. */
function linesOf(inputs: StatementInputs): [string, string, number][] {
  return computeStatement(inputs).lines.map((l) => [l.code, l.percent.toString(), l.amount.toJSONInteger()]);
}

const exampleA = statementInputs(
  '2026-06',
  { kelas: 8 },
  { attendancePercent: '6.5', leavePercent: '0', activity: { approvedMinutes: 5130, targetMinutes: 5700 }, rating: 'BAIK' },
);

const exampleB = statementInputs(
  '2026-06',
  { kelasFrom: [{ from: '2026-06-15', kelas: 7 }], statusFrom: [{ from: '2026-06-15', status: 'CPNS' }] },
  { activity: { approvedMinutes: 2970, targetMinutes: 3300 }, rating: null },
);

describe('rules.md §8 worked examples', () => {
  it('A: a PNS of kelas 8 all June with 6.5 % attendance deductions and achievement 0.9 rated Baik is paid Rp3,974,805', () => {
    const statement = AllowanceStatement.issue(exampleA);
    expect(statement.toView()).toEqual({
      version: 1,
      month: '2026-06',
      currency: 'IDR',
      gross: 4595150,
      lines: [
        { code: 'SANCTION', percent: '0', amount: 0 },
        { code: 'ATTENDANCE', percent: '6.5', amount: 298685 },
        { code: 'LEAVE', percent: '0', amount: 0 },
        { code: 'PERFORMANCE', percent: '7', amount: 321660 },
      ],
      net: 3974805,
      previousNet: null,
      delta: 3974805,
      flags: [],
      eligible: true,
      inputs: exampleA,
    });
  });

  it('B: a CPNS of kelas 7 appointed on 15 June, not rated by the close, is paid Rp1,553,849 and flagged NOT_RATED', () => {
    const statement = AllowanceStatement.issue(exampleB);
    expect(statement.grossAmount.toJSONInteger()).toBe(1670805);
    expect(linesOf(exampleB)).toEqual([
      ['SANCTION', '0', 0],
      ['ATTENDANCE', '0', 0],
      ['LEAVE', '0', 0],
      ['PERFORMANCE', '7', 116956],
    ]);
    expect(statement.net.toJSONInteger()).toBe(1553849);
    expect(statement.flags).toEqual(['NOT_RATED']);
  });
});

describe('deduction lines: cumulative, capped, rounded half-up cumulatively (rules.md §5)', () => {
  it('stops at 100 % in the middle of the list: the rest keep their percent with amount 0, and net is 0', () => {
    const inputs = statementInputs(
      '2026-06',
      { kelas: 6 },
      {
        sanctions: [{ percent: '60', startMonth: '2026-05', months: 6, decreeNumber: '800/1/2026', reason: 'TK 14 hari' }],
        attendancePercent: '50',
        leavePercent: '2',
        activity: { achievement: '0.5' },
      },
    );
    // 3,510,400 × 60 % = 2,106,240; the cap leaves ATTENDANCE 40 % of it.
    expect(linesOf(inputs)).toEqual([
      ['SANCTION', '60', 2106240],
      ['ATTENDANCE', '50', 1404160],
      ['LEAVE', '2', 0],
      ['PERFORMANCE', '35', 0],
    ]);
    expect(computeStatement(inputs).net.toJSONInteger()).toBe(0);
  });

  it("stops at the policy's own cap when HR sets one below 100 %", () => {
    const inputs = statementInputs('2026-06', { kelas: 6 }, { attendancePercent: '110', policy: { ...DEFAULT_REMUNERATION_POLICY, version: 2, deductionCapPercent: '90' } });
    const statement = computeStatement(inputs);
    expect(statement.lines.map((l) => l.amount.toJSONInteger())).toEqual([0, 3159360, 0, 0]);
    expect(statement.net.toJSONInteger()).toBe(351040);
  });

  it('rounds each cumulative total, not each line: two 0.5 % lines on Rp2,531,250 take 12,656 and 12,657', () => {
    // 0.5 % = 12,656.25 → 12,656; 1 % = 25,312.5 → 25,313 (half up); the second line is the difference.
    const inputs = statementInputs('2026-06', { kelas: 1 }, { attendancePercent: '0.5', leavePercent: '0.5' });
    expect(linesOf(inputs)).toEqual([
      ['SANCTION', '0', 0],
      ['ATTENDANCE', '0.5', 12656],
      ['LEAVE', '0.5', 12657],
      ['PERFORMANCE', '0', 0],
    ]);
    expect(computeStatement(inputs).net.toJSONInteger()).toBe(2531250 - 25313);
  });

  it('rounds a gross ending in exactly .5 up, and one just below .5 down', () => {
    // kelas 5 for the last day of February 2026: 3,134,250 / 28 = 111,937.5 → 111,938.
    const oneDayInFebruary = statementInputs('2026-02', { kelasFrom: [{ from: '2026-02-28', kelas: 5 }] });
    expect(computeStatement(oneDayInFebruary).grossAmount.toJSONInteger()).toBe(111938);
    // kelas 8 for 1 of 30 days: 4,595,150 / 30 = 153,171.666… → 153,172; for 2 days 306,343.33… → 306,343.
    expect(computeStatement(statementInputs('2026-06', { kelasFrom: [{ from: '2026-06-30', kelas: 8 }] })).grossAmount.toJSONInteger()).toBe(153172);
    expect(computeStatement(statementInputs('2026-06', { kelasFrom: [{ from: '2026-06-29', kelas: 8 }] })).grossAmount.toJSONInteger()).toBe(306343);
  });

  it('takes the PERFORMANCE percent as 70 × (1 − factor) from the minutes when given them, even with a zero target', () => {
    const noTarget = statementInputs('2026-06', { kelas: 8 }, { activity: { approvedMinutes: 0, targetMinutes: 0 } });
    expect(linesOf(noTarget)[3]).toEqual(['PERFORMANCE', '0', 0]);
    const twoThirds = statementInputs('2026-06', { kelas: 8 }, { activity: { approvedMinutes: 200, targetMinutes: 300 } });
    // achievement 0.6667 → 70 × 0.3333 = 23.331 %; 4,595,150 × 23.331 % = 1,072,094.4465
    expect(linesOf(twoThirds)[3]).toEqual(['PERFORMANCE', '23.331', 1072094]);
  });
});

describe('what a statement says about itself', () => {
  it('flags unreviewed activities and a missing rating', () => {
    expect(computeStatement({ ...exampleA, unreviewedActivities: 3 }).flags).toEqual(['UNREVIEWED_ACTIVITIES']);
    expect(computeStatement({ ...exampleA, rating: null, unreviewedActivities: 1 }).flags).toEqual(['NOT_RATED', 'UNREVIEWED_ACTIVITIES']);
  });

  it('is eligible with one paid day and not with none (a whole month of unpaid leave)', () => {
    const lastDayOnly = statementInputs('2026-06', {
      statusFrom: [
        { from: '2026-06-01', status: 'UNPAID_LEAVE' },
        { from: '2026-06-30', status: 'PNS' },
      ],
    });
    expect(computeStatement(lastDayOnly).eligible).toBe(true);
    const unpaid = computeStatement(statementInputs('2026-06', { statusFrom: [{ from: '2026-05-01', status: 'UNPAID_LEAVE' }] }));
    expect([unpaid.eligible, unpaid.grossAmount.toJSONInteger(), unpaid.net.toJSONInteger()]).toEqual([false, 0, 0]);
  });

  it('counts only the sanctions covering its month', () => {
    const ended = { percent: '25', startMonth: '2025-11', months: 6, decreeNumber: '800/9/2025', reason: 'TK 11 hari' };
    expect(linesOf(statementInputs('2026-06', { kelas: 8 }, { sanctions: [ended] }))[0]).toEqual(['SANCTION', '0', 0]);
    expect(linesOf(statementInputs('2026-04', { kelas: 8 }, { sanctions: [ended] }))[0]).toEqual(['SANCTION', '25', 1148788]);
  });

  it.each([
    ['attendancePercent', { attendancePercent: '-1' }],
    ['leavePercent', { leavePercent: '2,5' }],
    ['activity.achievement', { activity: { achievement: 'high' } }],
    ['activity.achievement', { activity: { achievement: '1.5' } }],
    ['activity.targetMinutes', { activity: { approvedMinutes: 10, targetMinutes: -300 } }],
    ['policy.deductionCapPercent', { policy: { ...DEFAULT_REMUNERATION_POLICY, deductionCapPercent: '101' } }],
    ['allowanceTables[0].baseAmounts.8', { allowanceTables: [{ ...exampleA.allowanceTables[0], baseAmounts: { ...exampleA.allowanceTables[0].baseAmounts, '8': '1.5' } }] }],
    ['rating', { rating: 'GOOD' as never }],
    ['unreviewedActivities', { unreviewedActivities: -1 }],
    ['dayCodeCounts[0].code', { dayCodeCounts: [{ code: 'XX', days: 1, percentPerDay: '1' }] }],
    ['dayCodeCounts[0].days', { dayCodeCounts: [{ code: 'TK', days: 1.5, percentPerDay: '5' }] }],
    ['sanctions[0].months', { sanctions: [{ percent: '25', startMonth: '2026-06', months: 0, decreeNumber: 'x', reason: 'y' }] }],
    ['days', { days: exampleA.days.slice(1) }],
    ['days[4].status', { days: exampleA.days.map((d, i) => (i === 4 ? { ...d, status: 'HONORARY' as never } : d)) }],
  ])('refuses a bad %s, naming it by its path in the inputs', (field, change) => {
    expect(() => computeStatement({ ...exampleA, ...change })).toThrow(expect.objectContaining({ kind: 'validation', fieldErrors: [expect.objectContaining({ field })] }));
  });
});

describe('versions (rules.md §6)', () => {
  it('issues no new version when a recomputation changes no amount', () => {
    const v1 = AllowanceStatement.issue(exampleA);
    expect(v1.recompute(structuredClone(exampleA))).toBeNull();
    expect(v1.hasSameAmountsAs(computeStatement(exampleA))).toBe(true);
  });

  it('issues version 2 with the previous net and the delta after a correction', () => {
    const v1 = AllowanceStatement.issue(exampleA);
    // An approved permit removes one TL1: attendance 6.5 % → 6 %; 13 % of 4,595,150 = 597,369.5 → 597,370.
    const v2 = v1.recompute({ ...exampleA, attendancePercent: '6' });
    expect(v2).not.toBeNull();
    const view = v2!.toView();
    expect([view.version, view.net, view.previousNet, view.delta]).toEqual([2, 3997780, 3974805, 22975]);
    expect(v1.hasSameAmountsAs(v2!.computation)).toBe(false);
  });

  it('carries a negative delta when a correction lowers the pay', () => {
    const v2 = AllowanceStatement.issue(exampleA).recompute({ ...exampleA, leavePercent: '2' })!;
    expect(v2.delta.toJSONInteger()).toBe(v2.net.toJSONInteger() - 3974805);
    expect(v2.delta.toJSONInteger()).toBeLessThan(0);
  });

  it('refuses to recompute from the inputs of another month', () => {
    const july = statementInputs('2026-07', { kelas: 8 });
    expect(() => AllowanceStatement.issue(exampleA).recompute(july)).toThrow(expect.objectContaining({ kind: 'rule', code: 'MONTH_MISMATCH' }));
  });

  it('keeps its own copy of the inputs it was computed from', () => {
    const inputs = structuredClone(exampleA) as { attendancePercent: string };
    const v1 = AllowanceStatement.issue(inputs as StatementInputs);
    inputs.attendancePercent = '50';
    expect(v1.inputs.attendancePercent).toBe('6.5');
    expect(v1.net.toJSONInteger()).toBe(3974805);
  });

  it('restores a stored version with the same amounts', () => {
    const v2 = AllowanceStatement.issue(exampleA).recompute({ ...exampleA, attendancePercent: '6' })!;
    const stored = JSON.parse(JSON.stringify({ version: v2.version, inputs: v2.inputs, previousNet: v2.previousNet!.toJSONInteger() }));
    expect(AllowanceStatement.restore(stored).toView()).toEqual(v2.toView());
    expect(() => AllowanceStatement.restore({ ...stored, previousNet: null })).toThrow(expect.objectContaining({ code: 'INVALID_PREVIOUS_NET' }));
  });
});

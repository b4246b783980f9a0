import * as fc from 'fast-check';
import { Dec } from '../../../src/shared-kernel/decimal';
import { daysInYearMonth } from '../../../src/shared-kernel/year-month';
import { PERPRES_71_2023_KEMENSOS, defaultAllowanceTables } from '../../../src/modules/remuneration/domain/allowance-table';
import { AllowanceStatement, StatementInputs, computeStatement } from '../../../src/modules/remuneration/domain/allowance-statement';
import { EMPLOYMENT_STATUSES, EmploymentStatus } from '../../../src/modules/remuneration/domain/employment-status';
import { EntitlementDay, GrossAllowance, entitlementDaysFromSteps } from '../../../src/modules/remuneration/domain/gross-allowance';
import { explainStatement } from '../../../src/modules/remuneration/domain/statement-explanation';
import { PREDIKATS } from '../../../src/modules/remuneration/domain/predikat';
import { DEFAULT_REMUNERATION_POLICY, defaultRemunerationPolicy } from '../../../src/modules/remuneration/domain/remuneration-policy';

/** A decimal string with up to `places` decimals from a whole number: no float is ever involved. */
function decimalString(units: number, places: number): string {
  return new Dec(units).dividedBy(10 ** places).toFixed();
}

const month = fc
  .record({ year: fc.integer({ min: 2024, max: 2030 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month: m }) => `${year}-${String(m).padStart(2, '0')}`);
const kelas = fc.integer({ min: 1, max: 17 });
const status = fc.constantFrom<EmploymentStatus>(...EMPLOYMENT_STATUSES);
const percent = fc.integer({ min: 0, max: 15000 }).map((n) => decimalString(n, 2));

const inputs: fc.Arbitrary<StatementInputs> = month.chain((m) =>
  fc.record({
    month: fc.constant(m),
    days: fc
      .array(fc.record({ kelas: fc.option(kelas), status: fc.option(status, { freq: 10 }), pltKelas: fc.option(kelas, { freq: 3 }) }), {
        minLength: daysInYearMonth(m),
        maxLength: daysInYearMonth(m),
      })
      .map((facts): EntitlementDay[] => facts.map((f, i) => ({ date: `${m}-${String(i + 1).padStart(2, '0')}`, ...f }))),
    attendancePercent: percent,
    leavePercent: percent,
    activity: fc.oneof(
      fc.integer({ min: 0, max: 10000 }).map((n) => ({ achievement: decimalString(n, 4) })),
      fc.record({ approvedMinutes: fc.integer({ min: 0, max: 12000 }), targetMinutes: fc.integer({ min: 0, max: 9900 }) }),
    ),
    rating: fc.constantFrom(...PREDIKATS, null),
    sanctions: fc.array(
      fc.record({ percent: fc.integer({ min: 1, max: 10000 }).map((n) => decimalString(n, 2)), startMonth: fc.constant(m), months: fc.integer({ min: 1, max: 12 }) }).map((s) => ({
        ...s,
        decreeNumber: '800/1/2026',
        reason: 'TK',
      })),
      { maxLength: 2 },
    ),
    unreviewedActivities: fc.nat({ max: 5 }),
    policy: fc.integer({ min: 0, max: 10000 }).map((cap) => ({ ...DEFAULT_REMUNERATION_POLICY, deductionCapPercent: decimalString(cap, 2) })),
    allowanceTables: fc.constant([PERPRES_71_2023_KEMENSOS]),
  }),
);

describe('allowance statement properties', () => {
  it('lines add up exactly to gross − net', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const s = computeStatement(i);
        const deducted = s.lines.reduce((sum, l) => sum.plus(l.amount.amount), new Dec(0));
        expect(s.grossAmount.amount.minus(s.net.amount).toFixed()).toBe(deducted.toFixed());
      }),
    );
  });

  it('net is never negative, no line takes a negative amount and the running total never passes the cap (≤ 100 %)', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const s = computeStatement(i);
        const cap = new Dec(i.policy.deductionCapPercent);
        expect(s.net.amount.isNegative()).toBe(false);
        for (const line of s.lines) {
          expect(line.amount.amount.isNegative()).toBe(false);
          expect(line.cumulativePercent.value.lessThanOrEqualTo(cap)).toBe(true);
          expect(line.cumulativePercent.value.lessThanOrEqualTo(100)).toBe(true);
        }
        const lastCumulative = s.lines[s.lines.length - 1].cumulativePercent.value;
        expect(s.grossAmount.minus(s.net).equals(s.gross.amount.times(lastCumulative).dividedBy(100).roundToRupiah())).toBe(true);
      }),
    );
  });

  it('recomputing unchanged inputs gives identical amounts and no new version', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const stored = JSON.parse(JSON.stringify(i)) as StatementInputs;
        const first = AllowanceStatement.issue(i);
        expect(first.recompute(stored)).toBeNull();
        expect(AllowanceStatement.issue(stored).toView()).toEqual(first.toView());
      }),
    );
  });

  it('every statement can be explained in both languages, with its own amounts', () => {
    fc.assert(
      fc.property(inputs, fc.constantFrom('id' as const, 'en' as const), (i, language) => {
        const statement = AllowanceStatement.issue(i);
        const explanation = explainStatement(statement, language);
        const view = statement.toView();
        expect(explanation.lines.map(({ code, percent, amount }) => ({ code, percent, amount }))).toEqual(view.lines);
        expect([explanation.gross.amount, explanation.net.amount, explanation.days.length]).toEqual([view.gross, view.net, i.days.length]);
      }),
      { numRuns: 50 },
    );
  });

  it('more attendance deduction never pays more', () => {
    fc.assert(
      fc.property(inputs, fc.integer({ min: 1, max: 1000 }), (i, extra) => {
        const more = { ...i, attendancePercent: new Dec(i.attendancePercent).plus(decimalString(extra, 2)).toFixed() };
        expect(computeStatement(more).net.amount.lessThanOrEqualTo(computeStatement(i).net.amount)).toBe(true);
      }),
    );
  });

  it('splitting a month at any day into two step segments gives the gross of the per-day formula', () => {
    const policy = defaultRemunerationPolicy();
    const tables = defaultAllowanceTables();
    const base = (k: number | null) => (k === null ? new Dec(0) : new Dec(PERPRES_71_2023_KEMENSOS.baseAmounts[String(k)]));
    const factor = (s: EmploymentStatus) => new Dec(DEFAULT_REMUNERATION_POLICY.statusFactors[s]);
    const segment = fc.record({ kelas: fc.option(kelas), status, pltKelas: fc.option(kelas) });

    fc.assert(
      fc.property(month, segment, segment, fc.integer({ min: 2, max: 31 }), (m, before, after, splitDay) => {
        const n = daysInYearMonth(m);
        const split = Math.min(splitDay, n);
        const splitDate = `${m}-${String(split).padStart(2, '0')}`;
        const days = entitlementDaysFromSteps(m, {
          kelasFrom: [
            { from: `${m}-01`, kelas: before.kelas },
            { from: splitDate, kelas: after.kelas },
          ],
          statusFrom: [
            { from: `${m}-01`, status: before.status },
            { from: splitDate, status: after.status },
          ],
          pltKelasFrom: [
            { from: `${m}-01`, kelas: before.pltKelas },
            { from: splitDate, kelas: after.pltKelas },
          ],
        });
        const rate = (s: typeof before) =>
          base(s.kelas)
            .times(s.kelas === null ? 0 : factor(s.status))
            .plus(base(s.pltKelas).times('0.2'));
        const expected = rate(before)
          .times(split - 1)
          .plus(rate(after).times(n - split + 1))
          .dividedBy(n);

        const perDay: EntitlementDay[] = days.map((d, i) => ({ date: d.date, ...(i + 1 < split ? before : after) }));
        expect(GrossAllowance.compute(m, days, tables, policy).amount.amount.toFixed()).toBe(expected.toFixed());
        expect(GrossAllowance.compute(m, perDay, tables, policy).amount.amount.toFixed()).toBe(expected.toFixed());
      }),
    );
  });
});

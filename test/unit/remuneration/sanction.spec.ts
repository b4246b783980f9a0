import { Sanction, SanctionSnapshot, sanctionPercentFor } from '../../../src/modules/remuneration/domain/sanction';
import { DEFAULT_REMUNERATION_POLICY, RemunerationPolicy, defaultRemunerationPolicy } from '../../../src/modules/remuneration/domain/remuneration-policy';

const sixMonths: SanctionSnapshot = { percent: '25', startMonth: '2026-11', months: 6, decreeNumber: '800.1/017/2026', reason: '12 hari TK dalam 2026' };

describe('disciplinary sanctions', () => {
  it('cover their start month and the months after it, across a year end', () => {
    const sanction = Sanction.fromSnapshot(sixMonths);
    expect(sanction.endMonth).toBe('2027-04');
    expect(['2026-10', '2026-11', '2027-01', '2027-04', '2027-05'].map((m) => sanction.coversMonth(m))).toEqual([false, true, true, true, false]);
  });

  it('add up in a month they share, and count nothing outside it', () => {
    const sanctions = [Sanction.fromSnapshot(sixMonths), Sanction.fromSnapshot({ ...sixMonths, percent: '10', startMonth: '2027-01', months: 1 })];
    const policy = defaultRemunerationPolicy();
    expect(sanctionPercentFor('2027-01', sanctions, policy).toString()).toBe('35');
    expect(sanctionPercentFor('2027-02', sanctions, policy).toString()).toBe('25');
    expect(sanctionPercentFor('2026-10', sanctions, policy).toString()).toBe('0');
  });

  it('never take more than the deduction cap', () => {
    const sanctions = [70, 60].map((p) => Sanction.fromSnapshot({ ...sixMonths, percent: String(p) }));
    expect(sanctionPercentFor('2026-12', sanctions, defaultRemunerationPolicy()).toString()).toBe('100');
    const cappedAt90 = RemunerationPolicy.fromSnapshot({ ...DEFAULT_REMUNERATION_POLICY, deductionCapPercent: '90' });
    expect(sanctionPercentFor('2026-12', sanctions, cappedAt90).toString()).toBe('90');
  });

  it.each([
    ['percent', { percent: '0' }],
    ['percent', { percent: '100.5' }],
    ['startMonth', { startMonth: '2026-13' }],
    ['months', { months: 0 }],
    ['decreeNumber', { decreeNumber: '' }],
    ['reason', { reason: '  ' }],
  ])('refuse a bad %s', (field, change) => {
    expect(() => Sanction.fromSnapshot({ ...sixMonths, ...change })).toThrow(expect.objectContaining({ fieldErrors: [expect.objectContaining({ field })] }));
  });
});

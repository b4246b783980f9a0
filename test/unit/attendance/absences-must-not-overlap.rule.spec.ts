import { Absence } from '../../../src/modules/attendance/domain/absence';
import { AbsencesMustNotOverlapRule } from '../../../src/modules/attendance/domain/rules/absences-must-not-overlap.rule';
import { checkRule } from '../../../src/shared-kernel/business-rule';

const existing: Absence[] = [{ id: 'a1', type: 'CT', startDate: '2026-06-08', endDate: '2026-06-10' }];

describe('AbsencesMustNotOverlapRule', () => {
  it.each([
    ['ends the day before', '2026-06-01', '2026-06-07', false],
    ['starts the day after', '2026-06-11', '2026-06-12', false],
    ['shares the last day', '2026-06-10', '2026-06-12', true],
    ['lies inside', '2026-06-09', '2026-06-09', true],
    ['surrounds it', '2026-06-01', '2026-06-30', true],
  ])('a request that %s: broken = %p', (_what, startDate, endDate, broken) => {
    expect(new AbsencesMustNotOverlapRule({ type: 'CS', startDate, endDate }, existing).isBroken()).toBe(broken);
  });

  it('does not compare an absence with itself when it is changed', () => {
    expect(new AbsencesMustNotOverlapRule({ ...existing[0], endDate: '2026-06-11' }, existing).isBroken()).toBe(false);
  });

  it('throws a rule error naming the clash', () => {
    const candidate: Absence = { type: 'I', startDate: '2026-06-09', endDate: '2026-06-09' };
    expect(() => checkRule(new AbsencesMustNotOverlapRule(candidate, existing))).toThrow(
      expect.objectContaining({ kind: 'rule', code: 'ABSENCES_OVERLAP', message: expect.stringContaining('CT 2026-06-08 to 2026-06-10') }),
    );
  });
});

import { DISCIPLINE_THRESHOLDS, newlyCrossedDisciplineThresholds } from '../../../src/modules/attendance/domain/discipline-alert';

describe('discipline alerts (rules.md §5, PP 94/2021)', () => {
  it('has the thresholds 3, 4, 7, 11, 14, 17, 21, 25, 28 with Indonesian and English names', () => {
    expect(DISCIPLINE_THRESHOLDS.map((t) => t.tkDays)).toEqual([3, 4, 7, 11, 14, 17, 21, 25, 28]);
    for (const t of DISCIPLINE_THRESHOLDS) {
      expect(t.sanctionId.length).toBeGreaterThan(5);
      expect(t.sanctionEn.length).toBeGreaterThan(5);
    }
  });

  it.each([
    [0, 2, []],
    [2, 3, [3]],
    [3, 3, []],
    [3, 4, [4]],
    [5, 6, []],
    [6, 11, [7, 11]],
    [27, 28, [28]],
    [28, 40, []],
  ])('from %i to %i TK days crosses %p', (before, after, crossed) => {
    expect(newlyCrossedDisciplineThresholds(before, after).map((t) => t.tkDays)).toEqual(crossed);
  });

  it('names the sanction level', () => {
    const [medium] = newlyCrossedDisciplineThresholds(10, 11);
    expect(medium).toMatchObject({ severity: 'SEDANG', severityEn: 'medium', sanctionEn: 'performance allowance cut by 25% for 6 months' });
  });
});

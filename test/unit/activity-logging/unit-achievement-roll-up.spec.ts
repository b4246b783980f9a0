import { rollUpUnitAchievement } from '../../../src/modules/activity-logging/domain/achievement/unit-achievement-roll-up';

describe('rollUpUnitAchievement', () => {
  const units = [
    { id: 'dit', parentId: null },
    { id: 'sub-a', parentId: 'dit' },
    { id: 'sub-b', parentId: 'dit' },
    { id: 'seksi-a1', parentId: 'sub-a' },
    { id: 'elsewhere', parentId: null },
  ];
  const fact = (employeeId: string, unitId: string, targetMinutes: number, approvedMinutes: number, pendingMinutes = 0) => ({
    employeeId,
    unitId,
    obligedDays: targetMinutes / 300,
    targetMinutes,
    approvedMinutes,
    pendingMinutes,
  });

  it('sums the facts of the subtree, counts distinct employees and lists one child per direct sub-unit', () => {
    const facts = [
      fact('director', 'dit', 6000, 6000),
      fact('a-head', 'sub-a', 6000, 3000, 120),
      fact('a1-staff', 'seksi-a1', 3000, 3000),
      // Transferred mid-month from sub-a to seksi-a1: one fact in each unit, one person.
      fact('mover', 'sub-a', 3000, 1500),
      fact('mover', 'seksi-a1', 3000, 3000),
      fact('outsider', 'elsewhere', 6000, 0),
    ];

    const dit = rollUpUnitAchievement('dit', units, facts);

    expect(dit).toMatchObject({ unitId: 'dit', targetMinutes: 21000, approvedMinutes: 16500, pendingMinutes: 120, obligedDays: 70, employees: 4, achievement: '0.7857' });
    expect(dit.children.map((c) => [c.unitId, c.employees, c.achievement])).toEqual([
      ['sub-a', 3, '0.7'],
      ['sub-b', 0, null],
    ]);
    expect(dit.children[0].children.map((c) => [c.unitId, c.employees, c.achievement])).toEqual([['seksi-a1', 2, '1']]);
  });

  it('refuses a unit tree with a cycle', () => {
    const cyclic = [
      { id: 'x', parentId: 'y' },
      { id: 'y', parentId: 'x' },
    ];
    expect(() => rollUpUnitAchievement('x', cyclic, [])).toThrow(expect.objectContaining({ code: 'UNIT_TREE_CYCLE' }));
  });
});

import { placeInDevelopmentGrid, talentBoxFor } from '../../../src/modules/appraisal/domain/development-grid';

describe('development grid (work results × behaviour)', () => {
  it.each`
    result           | behaviour        | box
    ${'ABOVE'}       | ${'ABOVE'}       | ${'STAR'}
    ${'ABOVE'}       | ${'AS_EXPECTED'} | ${'HIGH_PERFORMER'}
    ${'ABOVE'}       | ${'BELOW'}       | ${'RESULTS_WITHOUT_VALUES'}
    ${'AS_EXPECTED'} | ${'ABOVE'}       | ${'ROLE_MODEL'}
    ${'AS_EXPECTED'} | ${'AS_EXPECTED'} | ${'CORE_CONTRIBUTOR'}
    ${'AS_EXPECTED'} | ${'BELOW'}       | ${'BEHAVIOUR_CONCERN'}
    ${'BELOW'}       | ${'ABOVE'}       | ${'ENGAGED_UNDERPERFORMER'}
    ${'BELOW'}       | ${'AS_EXPECTED'} | ${'UNDERPERFORMER'}
    ${'BELOW'}       | ${'BELOW'}       | ${'ACTION_REQUIRED'}
  `('results $result and behaviour $behaviour fall in $box', ({ result, behaviour, box }) => {
    expect(talentBoxFor(result, behaviour)).toBe(box);
  });

  it('places a unit’s employees in their boxes and shows the empty boxes too', () => {
    const grid = placeInDevelopmentGrid([
      { employeeId: 'ani', resultRating: 'ABOVE', behaviourRating: 'ABOVE' },
      { employeeId: 'budi', resultRating: 'AS_EXPECTED', behaviourRating: 'AS_EXPECTED' },
      { employeeId: 'citra', resultRating: 'ABOVE', behaviourRating: 'ABOVE' },
      { employeeId: 'dodi', resultRating: 'BELOW', behaviourRating: 'ABOVE' },
    ]);
    expect(grid.STAR).toEqual(['ani', 'citra']);
    expect(grid.CORE_CONTRIBUTOR).toEqual(['budi']);
    expect(grid.ENGAGED_UNDERPERFORMER).toEqual(['dodi']);
    expect(Object.keys(grid)).toHaveLength(9);
    expect(Object.values(grid).flat()).toHaveLength(4);
  });
});

import { predikatFor } from '../../../src/modules/appraisal/domain/predikat-matrix';

describe('predikat matrix (PermenPANRB 6/2022, rules.md §7)', () => {
  it.each`
    result           | behaviour        | predikat
    ${'ABOVE'}       | ${'BELOW'}       | ${'KURANG'}
    ${'ABOVE'}       | ${'AS_EXPECTED'} | ${'BAIK'}
    ${'ABOVE'}       | ${'ABOVE'}       | ${'SANGAT_BAIK'}
    ${'AS_EXPECTED'} | ${'BELOW'}       | ${'KURANG'}
    ${'AS_EXPECTED'} | ${'AS_EXPECTED'} | ${'BAIK'}
    ${'AS_EXPECTED'} | ${'ABOVE'}       | ${'BAIK'}
    ${'BELOW'}       | ${'BELOW'}       | ${'SANGAT_KURANG'}
    ${'BELOW'}       | ${'AS_EXPECTED'} | ${'BUTUH_PERBAIKAN'}
    ${'BELOW'}       | ${'ABOVE'}       | ${'BUTUH_PERBAIKAN'}
  `('results $result and behaviour $behaviour give $predikat', ({ result, behaviour, predikat }) => {
    expect(predikatFor(result, behaviour)).toBe(predikat);
  });
});

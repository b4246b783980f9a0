import { Predikat } from './predikat';
import { Rating } from './rating';

/**
 * The predikat matrix of PermenPANRB 6/2022 (rules.md §7), rows = result rating, columns = behaviour
 * rating. Behaviour below expectation is treated as misconduct: it caps the predikat at Kurang however
 * good the results are, which is why the matrix is not symmetric.
 */
const PREDIKAT_MATRIX: Record<Rating, Record<Rating, Predikat>> = {
  ABOVE: { BELOW: 'KURANG', AS_EXPECTED: 'BAIK', ABOVE: 'SANGAT_BAIK' },
  AS_EXPECTED: { BELOW: 'KURANG', AS_EXPECTED: 'BAIK', ABOVE: 'BAIK' },
  BELOW: { BELOW: 'SANGAT_KURANG', AS_EXPECTED: 'BUTUH_PERBAIKAN', ABOVE: 'BUTUH_PERBAIKAN' },
};

export function predikatFor(resultRating: Rating, behaviourRating: Rating): Predikat {
  return PREDIKAT_MATRIX[resultRating][behaviourRating];
}

import { KelasJabatan } from '../../../src/modules/organization/domain/kelas-jabatan.value-object';
import { PositionKelas } from '../../../src/modules/organization/domain/position-kelas';
import { expectDomainError } from './expect-domain-error';

const k = (n: number) => n as KelasJabatan;
const history = () => PositionKelas.restore('p1', 'u1', [{ effectiveFrom: null, kelas: k(8), reason: null }]);

describe('PositionKelas', () => {
  it('a regrade counts from its date: earlier days keep their kelas; it records PositionRegraded', () => {
    const kelas = history();
    kelas.regrade(9, '2026-06-16', '2026-07-01', 'SK 12/2026');
    expect(['1990-01-01', '2026-06-15', '2026-06-16', '2030-01-01'].map((d) => kelas.kelasOn(d))).toEqual([8, 8, 9, 9]);
    expect(kelas.newChanges).toEqual([{ effectiveFrom: '2026-06-16', kelas: 9, reason: 'SK 12/2026' }]);
    expect(kelas.pullEvents()).toEqual([
      { type: 'PositionRegraded', positionId: 'p1', unitId: 'u1', kelas: 9, previousKelas: 8, effectiveDate: '2026-06-16', reason: 'SK 12/2026' },
    ]);
  });

  it('refuses a regrade after today, one on or before the last, one keeping the kelas, and a kelas out of range — recording nothing', () => {
    const kelas = PositionKelas.restore('p1', 'u1', [
      { effectiveFrom: '2026-03-01', kelas: k(9), reason: null },
      { effectiveFrom: null, kelas: k(8), reason: null },
    ]);
    expect(kelas.kelasOn('2026-02-28')).toBe(8);
    expectDomainError(() => kelas.regrade(10, '2026-07-02', '2026-07-01', null), 'REGRADE_IN_FUTURE', 'effectiveDate', 'validation');
    expectDomainError(() => kelas.regrade(10, '2026-03-01', '2026-07-01', null), 'REGRADE_BEFORE_LAST', 'effectiveDate', 'conflict');
    expectDomainError(() => kelas.regrade(9, '2026-05-01', '2026-07-01', null), 'KELAS_UNCHANGED', 'kelas', 'validation');
    expectDomainError(() => kelas.regrade(18, '2026-05-01', '2026-07-01', null), 'KELAS_OUT_OF_RANGE', 'kelas');
    expect(kelas.newChanges).toEqual([]);
    expect(kelas.pullEvents()).toEqual([]);
  });
});

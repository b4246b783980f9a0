import { checkDistribution } from '../../../src/modules/appraisal/domain/distribution-guidance';
import { Predikat } from '../../../src/modules/appraisal/domain/predikat';

function sheet(counts: Partial<Record<Predikat, number>>): Predikat[] {
  return (Object.entries(counts) as [Predikat, number][]).flatMap(([predikat, n]) => Array<Predikat>(n).fill(predikat));
}

const codes = (warnings: { code: string }[]) => warnings.map((w) => w.code).sort();

describe('distribution guidance for a unit predikat sheet (domain-research §4.1)', () => {
  describe('organisational rating Istimewa: at most 70 % Sangat Baik', () => {
    it('accepts exactly 70 % (7 of 10, where float arithmetic gives 70.00000000000001)', () => {
      expect(checkDistribution('ISTIMEWA', sheet({ SANGAT_BAIK: 7, BAIK: 3 }))).toEqual([]);
    });

    it('warns at 80 %, with the share and the limit', () => {
      const [warning, ...others] = checkDistribution('ISTIMEWA', sheet({ SANGAT_BAIK: 8, BAIK: 1, KURANG: 1 }));
      expect(others).toEqual([]);
      expect(warning.code).toBe('SANGAT_BAIK_ABOVE_MAXIMUM');
      expect(warning.share.toString()).toBe('80');
      expect(warning.limit?.toString()).toBe('70');
      expect(warning.message).toContain('80 %');
    });
  });

  describe('organisational rating Baik: at most 70 % Baik and some Butuh Perbaikan and/or Kurang', () => {
    it('accepts 60 % Baik with one Kurang', () => {
      expect(checkDistribution('BAIK', sheet({ BAIK: 6, SANGAT_BAIK: 3, KURANG: 1 }))).toEqual([]);
    });

    it('accepts one Butuh Perbaikan in place of Kurang', () => {
      expect(checkDistribution('BAIK', sheet({ BAIK: 6, SANGAT_BAIK: 3, BUTUH_PERBAIKAN: 1 }))).toEqual([]);
    });

    it('warns when Baik exceeds 70 % and nobody needs improvement', () => {
      expect(codes(checkDistribution('BAIK', sheet({ BAIK: 8, SANGAT_BAIK: 2 })))).toEqual(['BAIK_ABOVE_MAXIMUM', 'NO_BUTUH_PERBAIKAN_OR_KURANG']);
    });

    it('does not count Sangat Kurang as "some Butuh Perbaikan or Kurang"', () => {
      expect(codes(checkDistribution('BAIK', sheet({ BAIK: 5, SANGAT_BAIK: 4, SANGAT_KURANG: 1 })))).toEqual(['NO_BUTUH_PERBAIKAN_OR_KURANG']);
    });
  });

  describe('organisational rating Butuh Perbaikan: at least 60 % Butuh Perbaikan, at most 10 % Sangat Baik', () => {
    it('accepts 60 % Butuh Perbaikan and 10 % Sangat Baik', () => {
      expect(checkDistribution('BUTUH_PERBAIKAN', sheet({ BUTUH_PERBAIKAN: 6, SANGAT_BAIK: 1, BAIK: 3 }))).toEqual([]);
    });

    it('warns on 50 % Butuh Perbaikan and 20 % Sangat Baik', () => {
      expect(codes(checkDistribution('BUTUH_PERBAIKAN', sheet({ BUTUH_PERBAIKAN: 5, SANGAT_BAIK: 2, BAIK: 3 })))).toEqual([
        'BUTUH_PERBAIKAN_BELOW_MINIMUM',
        'SANGAT_BAIK_ABOVE_MAXIMUM',
      ]);
    });

    it('reports one Sangat Baik of three as 33.33… %', () => {
      const [warning] = checkDistribution('BUTUH_PERBAIKAN', sheet({ BUTUH_PERBAIKAN: 2, SANGAT_BAIK: 1 }));
      expect(warning.code).toBe('SANGAT_BAIK_ABOVE_MAXIMUM');
      expect(warning.share.value.toDecimalPlaces(2).toFixed()).toBe('33.33');
    });
  });

  describe('organisational rating Kurang: at least 60 % Kurang, at least 10 % Butuh Perbaikan, at most 10 % Sangat Baik', () => {
    it('accepts 60 % Kurang, 10 % Butuh Perbaikan and 10 % Sangat Baik', () => {
      expect(checkDistribution('KURANG', sheet({ KURANG: 6, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 1, BAIK: 2 }))).toEqual([]);
    });

    it('warns on each condition missed', () => {
      expect(codes(checkDistribution('KURANG', sheet({ KURANG: 5, SANGAT_BAIK: 2, BAIK: 3 })))).toEqual([
        'BUTUH_PERBAIKAN_BELOW_MINIMUM',
        'KURANG_BELOW_MINIMUM',
        'SANGAT_BAIK_ABOVE_MAXIMUM',
      ]);
    });
  });

  describe('organisational rating Sangat Kurang: at least 60 % Sangat Kurang, at least 10 % Kurang and/or Butuh Perbaikan, no Sangat Baik', () => {
    it('accepts 60 % Sangat Kurang with Kurang and Butuh Perbaikan together at 10 %', () => {
      expect(checkDistribution('SANGAT_KURANG', sheet({ SANGAT_KURANG: 12, KURANG: 1, BUTUH_PERBAIKAN: 1, BAIK: 6 }))).toEqual([]);
    });

    it('warns on a single Sangat Baik and on too few Kurang or Butuh Perbaikan', () => {
      expect(codes(checkDistribution('SANGAT_KURANG', sheet({ SANGAT_KURANG: 6, SANGAT_BAIK: 1, BAIK: 3 })))).toEqual([
        'KURANG_OR_BUTUH_PERBAIKAN_BELOW_MINIMUM',
        'SANGAT_BAIK_PRESENT',
      ]);
    });

    it('warns when Sangat Kurang is below 60 %', () => {
      expect(codes(checkDistribution('SANGAT_KURANG', sheet({ SANGAT_KURANG: 5, KURANG: 5 })))).toEqual(['SANGAT_KURANG_BELOW_MINIMUM']);
    });
  });

  it('says nothing about a unit with no predikats yet', () => {
    expect(checkDistribution('BAIK', [])).toEqual([]);
  });
});

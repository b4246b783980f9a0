import { BehaviourAssessment } from '../../../src/modules/appraisal/domain/behaviour-assessment';
import { suggestedBehaviourRating } from '../../../src/modules/appraisal/domain/suggested-behaviour-rating';
import { suggestedDevelopmentAreas } from '../../../src/modules/appraisal/domain/development-areas';
import { DomainError } from '../../../src/shared-kernel/domain-error';

const sevenValues = (ratings: string[]) =>
  BehaviourAssessment.of(
    ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'].map((value, i) => ({
      value,
      rating: ratings[i],
    })),
  );

describe('BerAKHLAK behaviour assessment', () => {
  it('keeps a rating and a note per value, listed in BerAKHLAK order', () => {
    const assessment = BehaviourAssessment.of([
      { value: 'KOLABORATIF', rating: 'ABOVE', note: '  led the cross-unit task force ' },
      { value: 'AKUNTABEL', rating: 'BELOW', note: 'late travel reports' },
    ]);
    expect(assessment.entries).toEqual([
      { value: 'AKUNTABEL', rating: 'BELOW', note: 'late travel reports' },
      { value: 'KOLABORATIF', rating: 'ABOVE', note: 'led the cross-unit task force' },
    ]);
    expect(assessment.ratingOf('KOMPETEN')).toBeNull();
  });

  it('refuses an unknown value, an unknown rating and a value rated twice', () => {
    const codeOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return (e as DomainError).code;
      }
      return 'no error';
    };
    expect(codeOf(() => BehaviourAssessment.of([{ value: 'DISIPLIN', rating: 'ABOVE' }]))).toBe('UNKNOWN_BERAKHLAK_VALUE');
    expect(codeOf(() => BehaviourAssessment.of([{ value: 'LOYAL', rating: 'GOOD' }]))).toBe('INVALID_RATING');
    expect(
      codeOf(() =>
        BehaviourAssessment.of([
          { value: 'LOYAL', rating: 'ABOVE' },
          { value: 'LOYAL', rating: 'BELOW' },
        ]),
      ),
    ).toBe('DUPLICATE_BERAKHLAK_VALUE');
  });

  describe('suggested behaviour rating', () => {
    it('is not offered until all seven values are rated', () => {
      expect(suggestedBehaviourRating(BehaviourAssessment.of([{ value: 'LOYAL', rating: 'ABOVE' }]))).toBeNull();
    });

    it('is the median of the seven ratings', () => {
      expect(suggestedBehaviourRating(sevenValues(['ABOVE', 'ABOVE', 'ABOVE', 'ABOVE', 'BELOW', 'BELOW', 'BELOW']))).toBe('ABOVE');
      expect(suggestedBehaviourRating(sevenValues(['BELOW', 'BELOW', 'BELOW', 'AS_EXPECTED', 'ABOVE', 'ABOVE', 'ABOVE']))).toBe('AS_EXPECTED');
      expect(suggestedBehaviourRating(sevenValues(['BELOW', 'BELOW', 'BELOW', 'BELOW', 'ABOVE', 'ABOVE', 'AS_EXPECTED']))).toBe('BELOW');
    });
  });

  it('suggests developing the values rated below expectation', () => {
    const assessment = sevenValues(['AS_EXPECTED', 'BELOW', 'ABOVE', 'AS_EXPECTED', 'AS_EXPECTED', 'BELOW', 'ABOVE']);
    expect(suggestedDevelopmentAreas(assessment)).toEqual(['AKUNTABEL', 'ADAPTIF']);
    expect(suggestedDevelopmentAreas(BehaviourAssessment.none())).toEqual([]);
  });
});

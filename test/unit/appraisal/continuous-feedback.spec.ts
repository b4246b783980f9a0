import { ContinuousFeedback } from '../../../src/modules/appraisal/domain/continuous-feedback';
import { DomainError } from '../../../src/shared-kernel/domain-error';

describe('continuous feedback', () => {
  it('is a note about one RHK or one activity, by an author, on a date', () => {
    const feedback = ContinuousFeedback.give({
      employeeId: 'siti',
      subject: { kind: 'ACTIVITY', activityId: 'activity-7' },
      authorId: 'budi',
      givenOn: '2026-06-12',
      note: ' the assessment report was thorough ',
    });
    expect(feedback.subject).toEqual({ kind: 'ACTIVITY', activityId: 'activity-7' });
    expect(feedback.note).toBe('the assessment report was thorough');
  });

  it('refuses an empty note and a date that is not a date', () => {
    const give = (note: string, givenOn: string) => () =>
      ContinuousFeedback.give({ employeeId: 'siti', subject: { kind: 'RHK', rhkId: 'rhk-1' }, authorId: 'budi', givenOn, note });
    expect(give('   ', '2026-06-12')).toThrow(DomainError);
    expect(give('good', '2026-02-30')).toThrow(/not a date/);
  });
});

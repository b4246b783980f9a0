import { DomainError } from '../../../shared-kernel/domain-error';
import { Id } from '../../../shared-kernel/ids';
import { LocalDate, isValidLocalDate } from '../../../shared-kernel/local-date';

/**
 * What a piece of feedback is about: a planned work result (RHK) of the employee's SKP or one logged
 * activity. Tying it to one of them is what makes it *umpan balik berkelanjutan* (continuous feedback on
 * the work) rather than a general remark, and lets the appraiser find it again at rating time.
 */
export type FeedbackSubject = { kind: 'RHK'; rhkId: Id } | { kind: 'ACTIVITY'; activityId: Id };

export class ContinuousFeedback {
  private constructor(
    readonly employeeId: Id,
    readonly subject: FeedbackSubject,
    readonly authorId: Id,
    readonly givenOn: LocalDate,
    readonly note: string,
  ) {}

  static give(props: { employeeId: Id; subject: FeedbackSubject; authorId: Id; givenOn: LocalDate; note: string }): ContinuousFeedback {
    const note = props.note.trim();
    if (note === '') throw DomainError.validation('note', 'FEEDBACK_NOTE_REQUIRED', 'Feedback needs a note.');
    if (!isValidLocalDate(props.givenOn)) {
      throw DomainError.validation('date', 'INVALID_DATE', `"${props.givenOn}" is not a date (YYYY-MM-DD).`);
    }
    return new ContinuousFeedback(props.employeeId, { ...props.subject }, props.authorId, props.givenOn, note);
  }
}

import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { FeedbackSubject } from '../../domain/continuous-feedback';

export interface FeedbackRecord {
  id: Id;
  employeeId: Id;
  subject: FeedbackSubject;
  authorId: Id;
  givenOn: LocalDate;
  note: string;
}

/** Continuous feedback is only ever added, and read back by employee and dates. */
export abstract class FeedbackRepository {
  abstract add(feedback: FeedbackRecord): Promise<void>;

  /** The employee's feedback, oldest first, optionally within [from, to]. */
  abstract given(employeeId: Id, from?: LocalDate, to?: LocalDate): Promise<FeedbackRecord[]>;
}

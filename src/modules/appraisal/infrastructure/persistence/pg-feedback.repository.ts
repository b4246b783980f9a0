import { Injectable } from '@nestjs/common';
import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { FeedbackRecord, FeedbackRepository } from '../../application/ports/feedback.repository';

const toFeedback = (r: any): FeedbackRecord => ({
  id: r.id,
  employeeId: r.employee_id,
  subject: r.subject_kind === 'RHK' ? { kind: 'RHK', rhkId: r.subject_id } : { kind: 'ACTIVITY', activityId: r.subject_id },
  authorId: r.author_id,
  givenOn: r.given_on,
  note: r.note,
});

@Injectable()
export class PgFeedbackRepository extends FeedbackRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async add(f: FeedbackRecord): Promise<void> {
    await this.uow.query(`INSERT INTO appraisal.feedback (id, employee_id, subject_kind, subject_id, author_id, given_on, note) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      f.id,
      f.employeeId,
      f.subject.kind,
      f.subject.kind === 'RHK' ? f.subject.rhkId : f.subject.activityId,
      f.authorId,
      f.givenOn,
      f.note,
    ]);
  }

  async given(employeeId: Id, from?: LocalDate, to?: LocalDate): Promise<FeedbackRecord[]> {
    const params: unknown[] = [employeeId];
    const where = ['employee_id = $1'];
    if (from) where.push(`given_on >= $${params.push(from)}`);
    if (to) where.push(`given_on <= $${params.push(to)}`);
    const rows = await this.uow.query(`SELECT * FROM appraisal.feedback WHERE ${where.join(' AND ')} ORDER BY given_on, created_at`, params);
    return rows.map(toFeedback);
  }
}

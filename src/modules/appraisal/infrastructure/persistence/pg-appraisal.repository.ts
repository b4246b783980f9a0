import { Injectable } from '@nestjs/common';
import { Id, newId } from '../../../../shared-kernel/ids';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { AppraisalRepository, CurrentRating } from '../../application/ports/appraisal.repository';
import { Appraisal, AppraisalState, AppraisalVersion, Objection } from '../../domain/appraisal';
import { BehaviourAssessment } from '../../domain/behaviour-assessment';
import { RatingPeriod } from '../../domain/rating-period';

const toVersion = (r: any): AppraisalVersion => ({
  number: r.number,
  resultRating: r.result_rating,
  behaviourRating: r.behaviour_rating,
  behaviours: BehaviourAssessment.of(r.behaviours),
  predikat: r.predikat,
  feedback: r.feedback,
  ratedBy: { employeeId: r.rated_by, acting: r.rated_by_acting },
  ratedOn: r.rated_on,
  origin: r.origin,
  reason: r.reason,
});

const toObjection = (r: any): Objection => ({
  number: r.number,
  againstVersion: r.against_version,
  filedOn: r.filed_on,
  reason: r.reason,
  decision:
    r.outcome === null
      ? null
      : {
          outcome: r.outcome,
          decidedBy: { employeeId: r.decided_by, acting: r.decided_by_acting },
          decidedOn: r.decided_on,
          reason: r.decision_reason,
          resultingVersion: r.resulting_version,
        },
});

/**
 * Appraisals are stored as a header row plus append-only child rows: a saved version, acknowledgement or
 * objection is never rewritten, except that an objection gains its decision once.
 */
@Injectable()
export class PgAppraisalRepository extends AppraisalRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async openForUpdate(employeeId: Id, period: RatingPeriod): Promise<Appraisal> {
    await this.uow.query(
      `INSERT INTO appraisal.appraisals (id, employee_id, period, period_length, period_end_month) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (employee_id, period) DO NOTHING`,
      [newId(), employeeId, period.toString(), period.lengthMonths, period.endMonth],
    );
    const [row] = await this.uow.query(`SELECT id FROM appraisal.appraisals WHERE employee_id = $1 AND period = $2 FOR UPDATE`, [employeeId, period.toString()]);
    return (await this.load([row.id]))[0];
  }

  async byId(id: Id, options: { forUpdate?: boolean } = {}): Promise<Appraisal | null> {
    if (options.forUpdate) await this.uow.query(`SELECT 1 FROM appraisal.appraisals WHERE id = $1 FOR UPDATE`, [id]);
    return (await this.load([id]))[0] ?? null;
  }

  async list(filter: { employeeIds?: Id[]; period?: string; openObjection?: boolean }): Promise<Appraisal[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.employeeIds) where.push(`employee_id = ANY($${params.push(filter.employeeIds)}::uuid[])`);
    if (filter.period) where.push(`period = $${params.push(filter.period)}`);
    if (filter.openObjection) where.push(`EXISTS (SELECT 1 FROM appraisal.objections o WHERE o.appraisal_id = appraisals.id AND o.outcome IS NULL)`);
    const rows = await this.uow.query(
      `SELECT id FROM appraisal.appraisals ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY period_end_month DESC, period, employee_id LIMIT 1000`,
      params,
    );
    return this.load(rows.map((r: any) => r.id));
  }

  private async load(ids: Id[]): Promise<Appraisal[]> {
    if (ids.length === 0) return [];
    // One after the other: inside a transaction they share a single connection.
    const headers = await this.uow.query(`SELECT * FROM appraisal.appraisals WHERE id = ANY($1::uuid[])`, [ids]);
    const versions = await this.uow.query(`SELECT * FROM appraisal.appraisal_versions WHERE appraisal_id = ANY($1::uuid[]) ORDER BY number`, [ids]);
    const acknowledgements = await this.uow.query(`SELECT * FROM appraisal.acknowledgements WHERE appraisal_id = ANY($1::uuid[]) ORDER BY version`, [ids]);
    const objections = await this.uow.query(`SELECT * FROM appraisal.objections WHERE appraisal_id = ANY($1::uuid[]) ORDER BY number`, [ids]);
    const byId = new Map<Id, Appraisal>();
    for (const h of headers) {
      const state: AppraisalState = {
        id: h.id,
        employeeId: h.employee_id,
        period: RatingPeriod.restore({ text: h.period, lengthMonths: h.period_length }),
        selfAssessment: h.self_assessment === null ? null : { text: h.self_assessment, submittedOn: h.self_assessed_on },
        versions: versions.filter((v: any) => v.appraisal_id === h.id).map(toVersion),
        acknowledgements: acknowledgements.filter((a: any) => a.appraisal_id === h.id).map((a: any) => ({ version: a.version, acknowledgedOn: a.acknowledged_on })),
        objections: objections.filter((o: any) => o.appraisal_id === h.id).map(toObjection),
      };
      byId.set(h.id, Appraisal.restore(state));
    }
    return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  }

  async save(appraisal: Appraisal): Promise<void> {
    const s = appraisal.toState();
    await this.uow.query(`UPDATE appraisal.appraisals SET self_assessment = $2, self_assessed_on = $3 WHERE id = $1`, [
      s.id,
      s.selfAssessment?.text ?? null,
      s.selfAssessment?.submittedOn ?? null,
    ]);
    for (const v of s.versions) {
      await this.uow.query(
        `INSERT INTO appraisal.appraisal_versions
           (appraisal_id, number, result_rating, behaviour_rating, behaviours, predikat, feedback, rated_by, rated_by_acting, rated_on, origin, reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT DO NOTHING`,
        [
          s.id,
          v.number,
          v.resultRating,
          v.behaviourRating,
          JSON.stringify(v.behaviours.entries),
          v.predikat,
          v.feedback,
          v.ratedBy.employeeId,
          v.ratedBy.acting,
          v.ratedOn,
          v.origin,
          v.reason,
        ],
      );
    }
    for (const a of s.acknowledgements) {
      await this.uow.query(`INSERT INTO appraisal.acknowledgements (appraisal_id, version, acknowledged_on) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
        s.id,
        a.version,
        a.acknowledgedOn,
      ]);
    }
    for (const o of s.objections) {
      const d = o.decision;
      await this.uow.query(
        `INSERT INTO appraisal.objections
           (appraisal_id, number, against_version, filed_on, reason, outcome, decided_by, decided_by_acting, decided_on, decision_reason, resulting_version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (appraisal_id, number) DO UPDATE SET
           outcome = EXCLUDED.outcome, decided_by = EXCLUDED.decided_by, decided_by_acting = EXCLUDED.decided_by_acting,
           decided_on = EXCLUDED.decided_on, decision_reason = EXCLUDED.decision_reason, resulting_version = EXCLUDED.resulting_version
         WHERE appraisal.objections.outcome IS NULL`,
        [
          s.id,
          o.number,
          o.againstVersion,
          o.filedOn,
          o.reason,
          d?.outcome ?? null,
          d?.decidedBy.employeeId ?? null,
          d?.decidedBy.acting ?? null,
          d?.decidedOn ?? null,
          d?.reason ?? null,
          d?.resultingVersion ?? null,
        ],
      );
    }
  }

  async currentRatings(employeeIds: Id[], period: RatingPeriod): Promise<Map<Id, CurrentRating>> {
    const rows = await this.uow.query(
      `SELECT DISTINCT ON (a.employee_id) a.employee_id, a.id, a.period, v.number, v.result_rating, v.behaviour_rating, v.predikat
         FROM appraisal.appraisals a JOIN appraisal.appraisal_versions v ON v.appraisal_id = a.id
        WHERE a.employee_id = ANY($1::uuid[]) AND a.period = $2 AND a.period_length = $3
        ORDER BY a.employee_id, v.number DESC`,
      [employeeIds, period.toString(), period.lengthMonths],
    );
    return new Map(
      rows.map((r: any) => [
        r.employee_id,
        {
          employeeId: r.employee_id,
          appraisalId: r.id,
          period: r.period,
          version: r.number,
          resultRating: r.result_rating,
          behaviourRating: r.behaviour_rating,
          predikat: r.predikat,
        },
      ]),
    );
  }
}

import { Appraisal, RateCommand } from '../../../src/modules/appraisal/domain/appraisal';
import { AppraisalPolicy } from '../../../src/modules/appraisal/domain/appraisal-policy';
import { BehaviourAssessment } from '../../../src/modules/appraisal/domain/behaviour-assessment';
import { RatingPeriod } from '../../../src/modules/appraisal/domain/rating-period';
import { DomainError } from '../../../src/shared-kernel/domain-error';

const EMPLOYEE = 'employee-siti';
const APPRAISER = 'kasubag-budi';
const SUPERIOR = 'kabag-ani';
const policy = AppraisalPolicy.default();

function june(): Appraisal {
  return Appraisal.open({ id: 'appraisal-1', employeeId: EMPLOYEE, period: RatingPeriod.parse('2026-06', policy) });
}

function byAppraiser(overrides: Partial<RateCommand> = {}): RateCommand {
  return {
    caller: APPRAISER,
    appraiserOnPeriodEnd: { employeeId: APPRAISER, acting: null },
    unitHeadship: null,
    resultRating: 'AS_EXPECTED',
    behaviourRating: 'BELOW',
    ratedOn: '2026-07-01',
    ...overrides,
  };
}

function rated(): Appraisal {
  const appraisal = june();
  appraisal.rate(byAppraiser());
  return appraisal;
}

function thrown(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('Appraisal', () => {
  describe('rating', () => {
    it('records the ratings, the behaviour detail and the predikat from the matrix', () => {
      const appraisal = june();
      appraisal.rate(
        byAppraiser({
          resultRating: 'ABOVE',
          behaviourRating: 'ABOVE',
          behaviours: BehaviourAssessment.of([{ value: 'ADAPTIF', rating: 'ABOVE', note: 'moved the intake to the new system' }]),
          feedback: ' keep mentoring the new staff ',
        }),
      );
      expect(appraisal.predikat).toBe('SANGAT_BAIK');
      expect(appraisal.current).toMatchObject({
        number: 1,
        origin: 'RATING',
        reason: null,
        feedback: 'keep mentoring the new staff',
        ratedBy: { employeeId: APPRAISER, acting: null },
      });
      expect(appraisal.current?.behaviours.ratingOf('ADAPTIF')).toBe('ABOVE');
      expect(appraisal.pullEvents()).toEqual([expect.objectContaining({ type: 'AppraisalRated', version: 1, predikat: 'SANGAT_BAIK', previousPredikat: null })]);
    });

    it('refuses anyone but the appraiser resolved for the last day of the period', () => {
      const appraisal = june();
      const error = thrown(() => appraisal.rate(byAppraiser({ caller: SUPERIOR })));
      expect(error.kind).toBe('forbidden');
      expect(appraisal.current).toBeNull();
    });

    it('refuses to rate an employee who has no appraiser', () => {
      expect(thrown(() => june().rate(byAppraiser({ appraiserOnPeriodEnd: null }))).code).toBe('NO_APPRAISER');
    });

    it('accepts a Plt appraiser and records the acting capacity', () => {
      const appraisal = june();
      appraisal.rate(byAppraiser({ caller: 'plt-kasubag-dewi', appraiserOnPeriodEnd: { employeeId: 'plt-kasubag-dewi', acting: 'PLT' } }));
      expect(appraisal.current?.ratedBy).toEqual({ employeeId: 'plt-kasubag-dewi', acting: 'PLT' });
    });

    it('refuses a second first rating: a change is a revision with a reason', () => {
      expect(thrown(() => rated().rate(byAppraiser())).code).toBe('ALREADY_RATED');
    });

    it('holds a unit head to the organisational rating', () => {
      const appraisal = june();
      const head = { unitHeadship: { organisationalRating: 'ISTIMEWA' as const } };
      expect(thrown(() => appraisal.rate(byAppraiser({ ...head, resultRating: 'AS_EXPECTED' }))).code).toBe('UNIT_HEAD_RESULT_RATING_MUST_EQUAL_ORGANISATIONAL_RATING');
      appraisal.rate(byAppraiser({ ...head, resultRating: 'ABOVE', behaviourRating: 'AS_EXPECTED' }));
      expect(appraisal.predikat).toBe('BAIK');
    });

    it('refuses a rating before the period is over: before it starts, and on its last day', () => {
      expect(thrown(() => june().rate(byAppraiser({ ratedOn: '2026-05-31' }))).code).toBe('PERIOD_NOT_OVER');
      expect(thrown(() => june().rate(byAppraiser({ ratedOn: '2026-06-30' }))).code).toBe('PERIOD_NOT_OVER');
      june().rate(byAppraiser({ ratedOn: '2026-07-01' }));
    });

    it('keeps every version when the appraiser revises, and the latest counts', () => {
      const appraisal = rated();
      appraisal.revise({ ...byAppraiser({ behaviourRating: 'AS_EXPECTED', ratedOn: '2026-07-02' }), reason: 'the complaint was withdrawn' });
      expect(appraisal.versions.map((v) => [v.number, v.predikat, v.origin])).toEqual([
        [1, 'KURANG', 'RATING'],
        [2, 'BAIK', 'REVISION'],
      ]);
      expect(appraisal.current?.reason).toBe('the complaint was withdrawn');
      expect(thrown(() => appraisal.revise({ ...byAppraiser({ ratedOn: '2026-07-03' }), reason: '  ' })).code).toBe('REASON_REQUIRED');
    });
  });

  describe('self-assessment and acknowledgement', () => {
    it('takes the employee’s self-assessment before the rating only', () => {
      const appraisal = june();
      appraisal.submitSelfAssessment({ caller: EMPLOYEE, text: 'Closed 42 case files', submittedOn: '2026-06-29' });
      expect(appraisal.selfAssessment).toEqual({ text: 'Closed 42 case files', submittedOn: '2026-06-29' });
      expect(thrown(() => appraisal.submitSelfAssessment({ caller: APPRAISER, text: 'x', submittedOn: '2026-06-29' })).kind).toBe('forbidden');
      appraisal.rate(byAppraiser());
      expect(thrown(() => appraisal.submitSelfAssessment({ caller: EMPLOYEE, text: 'more', submittedOn: '2026-07-01' })).code).toBe('ALREADY_RATED');
    });

    it('records the employee’s acknowledgement of the current version, which a revision makes outstanding again', () => {
      const appraisal = rated();
      appraisal.acknowledge({ caller: EMPLOYEE, acknowledgedOn: '2026-07-01' });
      expect(appraisal.isAcknowledged()).toBe(true);
      appraisal.revise({ ...byAppraiser({ behaviourRating: 'AS_EXPECTED', ratedOn: '2026-07-02' }), reason: 'typo' });
      expect(appraisal.isAcknowledged()).toBe(false);
    });
  });

  describe('objection', () => {
    it('is decided by the appraiser’s superior, who may uphold the rating', () => {
      const appraisal = rated();
      appraisal.fileObjection({ caller: EMPLOYEE, reason: 'the complaint was about another officer', filedOn: '2026-07-03', policy });
      appraisal.decideObjection({
        caller: SUPERIOR,
        appraisersSuperior: { employeeId: SUPERIOR, acting: null },
        decidedOn: '2026-07-10',
        outcome: 'UPHOLD',
        reason: 'the complaint names her',
      });
      expect(appraisal.versions).toHaveLength(1);
      expect(appraisal.predikat).toBe('KURANG');
      expect(appraisal.openObjection).toBeNull();
      expect(appraisal.objections[0].decision).toMatchObject({ outcome: 'UPHELD', resultingVersion: null, reason: 'the complaint names her' });
    });

    it('may change the rating: a new version with the predikat recomputed, the old one kept', () => {
      const appraisal = rated();
      appraisal.fileObjection({ caller: EMPLOYEE, reason: 'the complaint was about another officer', filedOn: '2026-07-15', policy });
      appraisal.pullEvents();
      appraisal.decideObjection({
        caller: SUPERIOR,
        appraisersSuperior: { employeeId: SUPERIOR, acting: null },
        decidedOn: '2026-07-20',
        outcome: 'CHANGE',
        resultRating: 'AS_EXPECTED',
        behaviourRating: 'ABOVE',
        unitHeadship: null,
        reason: 'the complaint concerned another officer',
      });
      const [first, second] = appraisal.versions;
      expect(first).toMatchObject({ number: 1, predikat: 'KURANG', ratedBy: { employeeId: APPRAISER } });
      expect(second).toMatchObject({
        number: 2,
        predikat: 'BAIK',
        origin: 'OBJECTION_DECISION',
        ratedBy: { employeeId: SUPERIOR },
        ratedOn: '2026-07-20',
        reason: 'the complaint concerned another officer',
      });
      expect(appraisal.predikat).toBe('BAIK');
      expect(appraisal.objections[0].decision).toMatchObject({ outcome: 'CHANGED', resultingVersion: 2 });
      expect(appraisal.pullEvents().map((e) => e.type)).toEqual(['AppraisalRated', 'ObjectionDecided']);
    });

    it('is refused after the 14-day window', () => {
      const error = thrown(() => rated().fileObjection({ caller: EMPLOYEE, reason: 'unfair', filedOn: '2026-07-16', policy }));
      expect(error.kind).toBe('rule');
      expect(error.code).toBe('OBJECTION_WINDOW_CLOSED');
    });

    it('is refused while another objection is open', () => {
      const appraisal = rated();
      appraisal.fileObjection({ caller: EMPLOYEE, reason: 'unfair', filedOn: '2026-07-01', policy });
      const error = thrown(() => appraisal.fileObjection({ caller: EMPLOYEE, reason: 'still unfair', filedOn: '2026-07-02', policy }));
      expect([error.kind, error.code]).toEqual(['rule', 'OBJECTION_ALREADY_OPEN']);
    });

    it('cannot be filed against the decision on an earlier objection', () => {
      const appraisal = rated();
      appraisal.fileObjection({ caller: EMPLOYEE, reason: 'unfair', filedOn: '2026-07-01', policy });
      appraisal.decideObjection({
        caller: SUPERIOR,
        appraisersSuperior: { employeeId: SUPERIOR, acting: null },
        decidedOn: '2026-07-02',
        outcome: 'CHANGE',
        resultRating: 'BELOW',
        behaviourRating: 'AS_EXPECTED',
        unitHeadship: null,
        reason: 'behaviour was fine, results were not',
      });
      expect(thrown(() => appraisal.fileObjection({ caller: EMPLOYEE, reason: 'worse now', filedOn: '2026-07-03', policy })).code).toBe('OBJECTION_DECISION_IS_FINAL');
    });

    it('blocks a revision by the appraiser until it is decided', () => {
      const appraisal = rated();
      appraisal.fileObjection({ caller: EMPLOYEE, reason: 'unfair', filedOn: '2026-07-01', policy });
      expect(thrown(() => appraisal.revise({ ...byAppraiser({ ratedOn: '2026-07-02' }), reason: 'second thoughts' })).code).toBe('OBJECTION_PENDING');
    });

    it('may be decided only by the appraiser’s superior, and never by the appraiser', () => {
      const appraisal = rated();
      appraisal.fileObjection({ caller: EMPLOYEE, reason: 'unfair', filedOn: '2026-07-01', policy });
      const uphold = { decidedOn: '2026-07-02', outcome: 'UPHOLD' as const, reason: 'fine' };
      expect(thrown(() => appraisal.decideObjection({ ...uphold, caller: APPRAISER, appraisersSuperior: { employeeId: SUPERIOR, acting: null } })).kind).toBe('forbidden');
      expect(thrown(() => appraisal.decideObjection({ ...uphold, caller: APPRAISER, appraisersSuperior: { employeeId: APPRAISER, acting: 'PLT' } })).kind).toBe('forbidden');
      expect(appraisal.openObjection).not.toBeNull();
    });
  });

  it('survives a round trip through its state', () => {
    const appraisal = rated();
    appraisal.fileObjection({ caller: EMPLOYEE, reason: 'unfair', filedOn: '2026-07-01', policy });
    const restored = Appraisal.restore(appraisal.toState());
    expect(restored.openObjection?.reason).toBe('unfair');
    expect(restored.predikat).toBe('KURANG');
    expect(restored.pullEvents()).toEqual([]);
  });
});

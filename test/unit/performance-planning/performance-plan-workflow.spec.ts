import { DomainError } from '../../../src/shared-kernel/domain-error';
import { PerformancePlan } from '../../../src/modules/performance-planning/domain/performance-plan';
import { AT, approvedHeadPlan, draftFromParent, staffContext, staffPlan, STAFF, HEAD } from './plan-fixtures';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('PerformancePlan workflow', () => {
  it('is drafted as version 1 covering the whole year by default', () => {
    const plan = PerformancePlan.draft({ employeeId: STAFF, year: 2026, at: AT });
    const events = plan.pullEvents();
    expect(plan.status).toBe('DRAFT');
    expect(plan.version).toBe(1);
    expect([plan.periodStart, plan.periodEnd]).toEqual(['2026-01-01', '2026-12-31']);
    expect(events.map((e) => e.type)).toEqual(['PerformancePlanDrafted']);
  });

  it('refuses a period outside the plan year or ending before it starts', () => {
    expect(codeOf(() => PerformancePlan.draft({ employeeId: STAFF, year: 2026, periodStart: '2025-12-31', at: AT }))).toBe('DATE_OUTSIDE_PLAN_YEAR');
    expect(codeOf(() => PerformancePlan.draft({ employeeId: STAFF, year: 2026, periodStart: '2026-07-01', periodEnd: '2026-06-30', at: AT }))).toBe('PERIOD_END_BEFORE_START');
  });

  it('goes DRAFT → SUBMITTED → APPROVED and keeps the approved version', () => {
    const { plan: head, parentResultId } = approvedHeadPlan();
    const plan = staffPlan();
    plan.addResult(draftFromParent(parentResultId), staffContext(head), AT);

    plan.pullEvents();
    plan.submit(AT);
    expect(plan.pullEvents()[0].type).toBe('PerformancePlanSubmitted');
    plan.approve(HEAD, AT);
    const events = plan.pullEvents();

    expect(plan.status).toBe('APPROVED');
    expect(events[0]).toMatchObject({ type: 'PerformancePlanApproved', approvedBy: HEAD, version: 1 });
    expect(plan.latestApprovedVersion()?.results.map((r) => r.title)).toEqual(['Verifikasi data KPM']);
  });

  it('refuses to submit a plan without results', () => {
    expect(codeOf(() => staffPlan().submit(AT))).toBe('PLAN_HAS_NO_RESULTS');
  });

  it('is returned only with a reason, then is editable and can be resubmitted', () => {
    const { plan: head, parentResultId } = approvedHeadPlan();
    const plan = staffPlan();
    plan.addResult(draftFromParent(parentResultId), staffContext(head), AT);
    plan.submit(AT);

    expect(codeOf(() => plan.returnForRevision(HEAD, '   ', AT))).toBe('REQUIRED');
    expect(plan.status).toBe('SUBMITTED');

    plan.pullEvents();
    plan.returnForRevision(HEAD, 'Target terlalu rendah', AT);
    const events = plan.pullEvents();
    expect(events[0]).toMatchObject({ type: 'PerformancePlanReturned', reason: 'Target terlalu rendah' });
    expect(plan.status).toBe('RETURNED');

    plan.changeResult(plan.results[0].id, draftFromParent(parentResultId, 'Verifikasi 400 data KPM'), staffContext(head), AT);
    plan.submit(AT);
    expect(plan.status).toBe('SUBMITTED');
    expect(plan.approvedVersions).toHaveLength(0);
  });

  it.each([
    ['approve a DRAFT', (p: PerformancePlan) => p.approve(HEAD, AT)],
    ['return a DRAFT', (p: PerformancePlan) => p.returnForRevision(HEAD, 'x', AT)],
    ['revise a DRAFT', (p: PerformancePlan) => p.startRevision(AT)],
  ])('refuses to %s', (_name, action) => {
    expect(codeOf(() => action(staffPlan()))).toBe('ILLEGAL_PLAN_TRANSITION');
  });

  it('refuses to submit or approve twice', () => {
    const { plan } = approvedHeadPlan();
    expect(codeOf(() => plan.submit(AT))).toBe('ILLEGAL_PLAN_TRANSITION');
    expect(codeOf(() => plan.approve('director-1', AT))).toBe('ILLEGAL_PLAN_TRANSITION');
  });

  it('refuses that an employee approves their own plan', () => {
    const { plan: head, parentResultId } = approvedHeadPlan();
    const plan = staffPlan();
    plan.addResult(draftFromParent(parentResultId), staffContext(head), AT);
    plan.submit(AT);
    expect(codeOf(() => plan.approve(STAFF, AT))).toBe('FORBIDDEN');
  });

  it('changes an approved plan only through a revision: version n+1 in DRAFT, version n stays in force', () => {
    const { plan: head, parentResultId } = approvedHeadPlan();
    const plan = staffPlan();
    plan.addResult(draftFromParent(parentResultId), staffContext(head), AT);
    plan.submit(AT);
    plan.approve(HEAD, AT);

    expect(codeOf(() => plan.addResult(draftFromParent(parentResultId, 'Baru'), staffContext(head), AT))).toBe('PLAN_NOT_EDITABLE');

    plan.pullEvents();
    plan.startRevision(AT);
    const events = plan.pullEvents();
    expect(events[0]).toMatchObject({ type: 'PerformancePlanRevisionStarted', version: 2, previousApprovedVersion: 1 });
    expect([plan.status, plan.version]).toEqual(['DRAFT', 2]);

    plan.addResult(draftFromParent(parentResultId, 'Monitoring penyaluran'), staffContext(head), AT);
    expect(plan.latestApprovedVersion()?.version).toBe(1);
    expect(plan.latestApprovedVersion()?.results).toHaveLength(1);

    plan.submit(AT);
    plan.approve(HEAD, AT);
    expect(plan.approvedVersions.map((v) => [v.version, v.results.length])).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it('is closed at a mid-year transfer within its period, and is frozen afterwards', () => {
    const plan = staffPlan();
    expect(codeOf(() => plan.close('2027-01-01', AT))).toBe('CLOSE_DATE_OUTSIDE_PERIOD');

    plan.pullEvents();
    plan.close('2026-06-30', AT);
    const events = plan.pullEvents();
    expect(events[0]).toMatchObject({ type: 'PerformancePlanClosed', periodEnd: '2026-06-30' });
    expect([plan.periodEnd, plan.isClosed]).toEqual(['2026-06-30', true]);
    expect(codeOf(() => plan.submit(AT))).toBe('PLAN_CLOSED');
    expect(codeOf(() => plan.close('2026-05-31', AT))).toBe('PLAN_CLOSED');
  });

  it('restores from its snapshot with the same state', () => {
    const { plan } = approvedHeadPlan();
    const restored = PerformancePlan.restore(plan.snapshot());
    expect(restored.snapshot()).toEqual(plan.snapshot());
    expect(restored.latestApprovedVersion()?.version).toBe(1);
  });
});

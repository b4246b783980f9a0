import { checkRule } from '../../../src/shared-kernel/business-rule';
import { DomainError } from '../../../src/shared-kernel/domain-error';
import { UnitTarget } from '../../../src/modules/performance-planning/domain/unit-target';
import { PlanPeriodsMustNotOverlapRule } from '../../../src/modules/performance-planning/domain/rules/plan-periods-must-not-overlap.rule';
import { ResultMustCascadeFromSupervisorPlanRule } from '../../../src/modules/performance-planning/domain/rules/result-must-cascade-from-supervisor-plan.rule';
import { UnitHeadResultMustCascadeFromUnitTargetRule } from '../../../src/modules/performance-planning/domain/rules/unit-head-result-must-cascade-from-unit-target.rule';
import { PerformancePlan } from '../../../src/modules/performance-planning/domain/performance-plan';
import { AT, HEAD, UNIT, approvedHeadPlan, draftFromParent, draftFromTarget, headContext, staffContext, staffPlan, unitTarget } from './plan-fixtures';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('UnitHeadResultMustCascadeFromUnitTargetRule', () => {
  it("accepts a unit head's result from a target of their unit and year", () => {
    const plan = PerformancePlan.draft({ employeeId: HEAD, year: 2026, at: AT });
    plan.pullEvents();
    const result = plan.addResult(draftFromTarget(), headContext, AT);
    const events = plan.pullEvents();
    expect(result.source).toEqual({ kind: 'UNIT_TARGET', unitTargetId: unitTarget.id });
    expect(events[0]).toMatchObject({ type: 'PlannedResultAdded', resultId: result.id });
  });

  it("refuses a unit head's result cascaded from a parent result", () => {
    const plan = PerformancePlan.draft({ employeeId: HEAD, year: 2026, at: AT });
    const error = errorOf(() => plan.addResult(draftFromParent('some-result'), headContext, AT));
    expect(error.code).toBe(UnitHeadResultMustCascadeFromUnitTargetRule.CODE);
    expect(error.fieldErrors[0].field).toBe('unitTargetId');
    expect(plan.results).toHaveLength(0);
  });

  it('refuses a target of another unit or another year', () => {
    const otherUnit = UnitTarget.create({ id: 'target-1', unitId: 'unit-2', year: 2026, kind: 'IKU', code: 'IKU-1', name: 'x', volume: 1, outputUnit: '%' });
    const otherYear = UnitTarget.create({ id: 'target-1', unitId: UNIT, year: 2025, kind: 'IKU', code: 'IKU-1', name: 'x', volume: 1, outputUnit: '%' });
    for (const target of [otherUnit, otherYear]) {
      const error = errorOf(() =>
        checkRule(new UnitHeadResultMustCascadeFromUnitTargetRule({ source: { kind: 'UNIT_TARGET', unitTargetId: 'target-1' }, unitTarget: target, headUnitId: UNIT, year: 2026 })),
      );
      expect(error.code).toBe(UnitHeadResultMustCascadeFromUnitTargetRule.WRONG_TARGET_CODE);
    }
  });
});

describe('ResultMustCascadeFromSupervisorPlanRule', () => {
  it("accepts a result whose parent is in the supervisor's approved plan of the same year", () => {
    const { plan: head, parentResultId } = approvedHeadPlan();
    const plan = staffPlan();
    plan.addResult(draftFromParent(parentResultId), staffContext(head), AT);
    expect(plan.results).toHaveLength(1);
  });

  it("refuses a non-head's result taken straight from a unit target", () => {
    const { plan: head } = approvedHeadPlan();
    const error = errorOf(() => staffPlan().addResult(draftFromTarget(), { ...staffContext(head), unitTarget }, AT));
    expect(error.code).toBe(ResultMustCascadeFromSupervisorPlanRule.CODE);
    expect(error.fieldErrors[0].field).toBe('parentResultId');
  });

  it('refuses a parent from a supervisor plan that is not approved yet', () => {
    const head = PerformancePlan.draft({ employeeId: HEAD, year: 2026, at: AT });
    const result = head.addResult(draftFromTarget(), headContext, AT);
    head.submit(AT);
    const error = errorOf(() => staffPlan().addResult(draftFromParent(result.id), staffContext(head), AT));
    expect(error.code).toBe(ResultMustCascadeFromSupervisorPlanRule.PARENT_NOT_APPROVED_CODE);
  });

  it('refuses a parent added in a revision that is not approved yet', () => {
    const { plan: head } = approvedHeadPlan();
    head.startRevision(AT);
    const result = head.addResult(draftFromTarget('Hasil baru'), headContext, AT);
    const error = errorOf(() => staffPlan().addResult(draftFromParent(result.id), staffContext(head), AT));
    expect(error.code).toBe(ResultMustCascadeFromSupervisorPlanRule.PARENT_NOT_APPROVED_CODE);
  });

  it('refuses a parent from a plan of another year, or when there is no supervisor plan', () => {
    const { plan: head, parentResultId } = approvedHeadPlan();
    const nextYear = PerformancePlan.draft({ employeeId: 'staff-9', year: 2027, at: AT });
    expect(errorOf(() => nextYear.addResult(draftFromParent(parentResultId), staffContext(head), AT)).code).toBe(ResultMustCascadeFromSupervisorPlanRule.PARENT_NOT_APPROVED_CODE);
    expect(errorOf(() => staffPlan().addResult(draftFromParent(parentResultId), staffContext(null), AT)).code).toBe(
      ResultMustCascadeFromSupervisorPlanRule.PARENT_NOT_APPROVED_CODE,
    );
  });
});

describe('PlannedResult content', () => {
  it('needs at least one indicator with a positive decimal target', () => {
    const { plan: head, parentResultId } = approvedHeadPlan();
    const ctx = staffContext(head);
    expect(errorOf(() => staffPlan().addResult({ ...draftFromParent(parentResultId), indicators: [] }, ctx, AT)).code).toBe('INDICATOR_REQUIRED');
    const bad = (target: string) => ({ ...draftFromParent(parentResultId), indicators: [{ aspect: 'QUANTITY' as const, name: 'n', target, unit: 'u' }] });
    expect(errorOf(() => staffPlan().addResult(bad('0'), ctx, AT)).code).toBe('NOT_POSITIVE');
    expect(errorOf(() => staffPlan().addResult(bad('1e3'), ctx, AT)).fieldErrors[0].field).toBe('indicators[0].target');
    const result = staffPlan().addResult(bad('12.50'), ctx, AT);
    expect(result.indicators[0].target).toBe('12.5');
  });

  it('keeps a quality target within 0–100', () => {
    const { plan: head, parentResultId } = approvedHeadPlan();
    const quality = (target: string) => ({ ...draftFromParent(parentResultId), indicators: [{ aspect: 'QUALITY' as const, name: 'Mutu', target, unit: 'nilai' }] });
    expect(staffPlan().addResult(quality('100'), staffContext(head), AT).indicators[0].target).toBe('100');
    expect(errorOf(() => staffPlan().addResult(quality('100.01'), staffContext(head), AT)).code).toBe('QUALITY_TARGET_ABOVE_100');
  });
});

describe('UnitTarget', () => {
  it('keeps the budget as exact whole rupiah', () => {
    expect(UnitTarget.create({ unitId: UNIT, year: 2026, kind: 'IKU', code: 'A', name: 'n', volume: '1', outputUnit: 'u', budget: '90071992547409931' }).budget?.toString()).toBe(
      '90071992547409931',
    );
    expect(errorOf(() => UnitTarget.create({ unitId: UNIT, year: 2026, kind: 'IKU', code: 'A', name: 'n', volume: '1', outputUnit: 'u', budget: '10.5' })).code).toBe(
      'NOT_WHOLE_RUPIAH',
    );
    expect(errorOf(() => UnitTarget.create({ unitId: UNIT, year: 2026, kind: 'IKU', code: 'A', name: 'n', volume: '1', outputUnit: 'u', budget: 10.5 })).code).toBe(
      'NOT_WHOLE_RUPIAH',
    );
  });
});

describe('PlanPeriodsMustNotOverlapRule', () => {
  it('accepts a new plan starting the day after the closed one, refuses an overlapping one', () => {
    const closed = staffPlan();
    closed.close('2026-06-30', AT);
    expect(() => checkRule(new PlanPeriodsMustNotOverlapRule({ periodStart: '2026-07-01', periodEnd: '2026-12-31' }, [closed]))).not.toThrow();
    expect(errorOf(() => checkRule(new PlanPeriodsMustNotOverlapRule({ periodStart: '2026-06-30', periodEnd: '2026-12-31' }, [closed]))).code).toBe(
      PlanPeriodsMustNotOverlapRule.CODE,
    );
  });
});

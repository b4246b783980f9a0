import { DomainError } from '../../../src/shared-kernel/domain-error';
import {
  ALREADY_ASSIGNED,
  NOT_YOUR_SUBORDINATE,
  NO_PLAN_FOR_YEAR,
  assignResultToSubordinates,
} from '../../../src/modules/performance-planning/domain/assign-result-to-subordinates';
import { PerformancePlan } from '../../../src/modules/performance-planning/domain/performance-plan';
import { AT, HEAD, approvedHeadPlan, draftFromParent, staffContext, staffPlan } from './plan-fixtures';

describe('assignResultToSubordinates', () => {
  it("produces a draft cascaded from the supervisor's result for each own subordinate, and refuses the others", () => {
    const { plan: head, parentResultId } = approvedHeadPlan();
    const a = staffPlan('a');
    const b = staffPlan('b');
    const submitted = staffPlan('d');
    submitted.addResult(draftFromParent(parentResultId, 'Lain'), staffContext(head), AT);
    submitted.submit(AT);
    const already = staffPlan('e');
    already.addResult(draftFromParent(parentResultId), staffContext(head), AT);

    const { assignments, refused } = assignResultToSubordinates({
      callerEmployeeId: HEAD,
      supervisorPlan: head,
      parentResultId,
      subordinates: [
        { employeeId: 'a', supervisorId: HEAD, plan: a },
        { employeeId: 'b', supervisorId: HEAD, plan: b },
        { employeeId: 'a', supervisorId: HEAD, plan: a },
        { employeeId: 'c', supervisorId: 'someone-else', plan: staffPlan('c') },
        { employeeId: 'd', supervisorId: HEAD, plan: submitted },
        { employeeId: 'e', supervisorId: HEAD, plan: already },
        { employeeId: 'f', supervisorId: HEAD, plan: null },
      ],
    });

    expect(assignments.map((x) => x.employeeId)).toEqual(['a', 'b']);
    expect(assignments[0].draft).toMatchObject({ title: 'Bansos tersalurkan', source: { kind: 'PARENT_RESULT', parentResultId } });
    expect(refused.map((r) => [r.employeeId, r.code])).toEqual([
      ['c', NOT_YOUR_SUBORDINATE],
      ['d', 'PLAN_NOT_EDITABLE'],
      ['e', ALREADY_ASSIGNED],
      ['f', NO_PLAN_FOR_YEAR],
    ]);

    for (const { plan, draft } of assignments) plan.addResult(draft, staffContext(head), AT);
    expect(a.results[0].source).toEqual({ kind: 'PARENT_RESULT', parentResultId });
  });

  it('refuses a caller who does not own the supervisor plan, or a result that is not approved', () => {
    const { plan: head, parentResultId } = approvedHeadPlan();
    expect(() => assignResultToSubordinates({ callerEmployeeId: 'intruder', supervisorPlan: head, parentResultId, subordinates: [] })).toThrow(DomainError);

    const draftHead = PerformancePlan.draft({ employeeId: HEAD, year: 2026, at: AT });
    expect(() => assignResultToSubordinates({ callerEmployeeId: HEAD, supervisorPlan: draftHead, parentResultId, subordinates: [] })).toThrow(
      expect.objectContaining({ code: 'PARENT_RESULT_NOT_IN_SUPERVISOR_APPROVED_PLAN' }),
    );
  });
});

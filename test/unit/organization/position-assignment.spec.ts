import { Assignment, createAssignment } from '../../../src/modules/organization/domain/assignment';
import { PositionAssignment } from '../../../src/modules/organization/domain/position-assignment';
import { expectDomainError } from './expect-domain-error';

const kabalai = { id: 'kabalai', kind: 'ADMINISTRATOR' as const, unitId: 'balai' };
const held = (employeeId: string, type: Assignment['type'], startDate: string, endDate: string | null = null, id = `${employeeId}-${type}`) =>
  createAssignment({ id, employeeId, positionId: 'kabalai', type, startDate, endDate });

describe('PositionAssignment', () => {
  it('appoints an employee to a vacant post and records EmployeeAssigned with the unit of the post', () => {
    const appointed = PositionAssignment.appoint({ id: 'a1', employeeId: 'e1', positionId: 'kabalai', type: 'DEFINITIVE', startDate: '2026-01-01' }, kabalai, {
      employeeAssignments: [],
      positionAssignments: [],
    });
    expect(appointed.isNew).toBe(true);
    expect(appointed.pullEvents()).toEqual([{ type: 'EmployeeAssigned', assignment: appointed.assignment, unitId: 'balai' }]);
  });

  it('checks both the employee’s and the post’s assignments before appointing', () => {
    const appoint = (facts: { employeeAssignments: Assignment[]; positionAssignments: Assignment[] }) =>
      PositionAssignment.appoint({ id: 'a2', employeeId: 'e2', positionId: 'kabalai', type: 'DEFINITIVE', startDate: '2026-03-01' }, kabalai, facts);
    const elsewhere = createAssignment({ id: 'x', employeeId: 'e2', positionId: 'staf', type: 'DEFINITIVE', startDate: '2025-01-01' });
    expectDomainError(() => appoint({ employeeAssignments: [elsewhere], positionAssignments: [] }), 'DEFINITIVE_ASSIGNMENT_OVERLAP', 'startDate');
    expectDomainError(() => appoint({ employeeAssignments: [], positionAssignments: [held('e1', 'DEFINITIVE', '2026-01-01')] }), 'POSITION_ALREADY_HELD', 'startDate');
  });

  it('ending records AssignmentEnded with the last day held', () => {
    const plt = held('e3', 'PLT', '2026-01-01');
    const ending = PositionAssignment.restore(plt);
    ending.end('2026-04-30', kabalai, [plt]);
    expect(ending.isNew).toBe(false);
    expect(ending.assignment.endDate).toBe('2026-04-30');
    expect(ending.pullEvents()).toEqual([{ type: 'AssignmentEnded', employeeId: 'e3', assignmentId: plt.id, endDate: '2026-04-30' }]);
  });

  it('refuses to end a holder a Plh still stands in for, and records nothing', () => {
    const head = held('e1', 'DEFINITIVE', '2026-01-01');
    const plh = held('e4', 'PLH', '2026-05-04', '2026-05-08');
    const ending = PositionAssignment.restore(head);
    expectDomainError(() => ending.end('2026-05-05', kabalai, [head, plh]), 'PLH_WOULD_LOSE_HOLDER', 'endDate');
    expect(ending.assignment.endDate).toBeNull();
    expect(ending.pullEvents()).toEqual([]);
  });
});

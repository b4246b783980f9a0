import { Assignment, createAssignment, endAssignment } from '../../../src/modules/organization/domain/assignment';
import { checkRule } from '../../../src/shared-kernel/business-rule';
import { DefinitiveAssignmentsMustNotOverlapRule } from '../../../src/modules/organization/domain/rules/definitive-assignments-must-not-overlap.rule';
import { SingleHolderPositionRule } from '../../../src/modules/organization/domain/rules/single-holder-position.rule';
import { expectDomainError } from './expect-domain-error';

let seq = 0;
function assignment(employeeId: string, positionId: string, type: Assignment['type'], startDate: string, endDate: string | null = null): Assignment {
  return createAssignment({ id: `a${++seq}`, employeeId, positionId, type, startDate, endDate });
}

const kasubdit = { id: 'kasubdit', kind: 'ADMINISTRATOR' as const };
const staf = { id: 'staf', kind: 'PELAKSANA' as const };

describe('Assignment', () => {
  it('is open when no end date is given', () => {
    expect(assignment('e1', 'staf', 'DEFINITIVE', '2026-01-01').endDate).toBeNull();
  });

  it('refuses an end before the start, an unknown type and a bad date', () => {
    expectDomainError(() => assignment('e1', 'staf', 'DEFINITIVE', '2026-02-01', '2026-01-31'), 'ASSIGNMENT_END_BEFORE_START', 'endDate');
    expectDomainError(() => createAssignment({ id: 'x', employeeId: 'e', positionId: 'p', type: 'ACTING', startDate: '2026-01-01' }), 'ASSIGNMENT_TYPE_UNKNOWN', 'type');
    expectDomainError(() => createAssignment({ id: 'x', employeeId: 'e', positionId: 'p', type: 'PLT', startDate: '2026-13-01' }), 'ASSIGNMENT_DATE_INVALID', 'startDate');
  });

  it('accepts a one-day assignment and requires an end date for a PLH', () => {
    expect(assignment('e1', 'kasubdit', 'PLH', '2026-06-10', '2026-06-10').endDate).toBe('2026-06-10');
    expectDomainError(() => assignment('e1', 'kasubdit', 'PLH', '2026-06-10'), 'PLH_END_DATE_REQUIRED', 'endDate');
  });

  describe('ending', () => {
    it('ends an open assignment, possibly on its first day', () => {
      const a = assignment('e1', 'staf', 'DEFINITIVE', '2026-01-01');
      expect(endAssignment(a, '2026-06-30').endDate).toBe('2026-06-30');
      expect(endAssignment(a, '2026-01-01').endDate).toBe('2026-01-01');
    });

    it('refuses an end before the start', () => {
      expectDomainError(() => endAssignment(assignment('e1', 'staf', 'DEFINITIVE', '2026-01-01'), '2025-12-31'), 'ASSIGNMENT_END_BEFORE_START', 'endDate');
    });

    it('shortens an ended assignment but refuses to extend it', () => {
      const ended = assignment('e1', 'kasubdit', 'PLT', '2026-01-01', '2026-06-30');
      expect(endAssignment(ended, '2026-03-31').endDate).toBe('2026-03-31');
      expectDomainError(() => endAssignment(ended, '2026-07-31'), 'ASSIGNMENT_ALREADY_ENDED', 'endDate', 'conflict');
    });
  });

  describe('DefinitiveAssignmentsMustNotOverlapRule', () => {
    const current = assignment('e1', 'staf', 'DEFINITIVE', '2025-01-01', '2026-06-30');

    it('refuses a second definitive post on a day already covered', () => {
      const rule = new DefinitiveAssignmentsMustNotOverlapRule(assignment('e1', 'kasubdit', 'DEFINITIVE', '2026-06-30'), [current]);
      expectDomainError(() => checkRule(rule), 'DEFINITIVE_ASSIGNMENT_OVERLAP', 'startDate', 'conflict');
    });

    it('refuses overlapping an open definitive post', () => {
      const open = assignment('e1', 'staf', 'DEFINITIVE', '2025-01-01');
      expect(new DefinitiveAssignmentsMustNotOverlapRule(assignment('e1', 'kasubdit', 'DEFINITIVE', '2030-01-01', '2030-12-31'), [open]).isBroken()).toBe(true);
    });

    it('accepts the next post starting the day after the previous one ends', () => {
      expect(new DefinitiveAssignmentsMustNotOverlapRule(assignment('e1', 'kasubdit', 'DEFINITIVE', '2026-07-01'), [current]).isBroken()).toBe(false);
    });

    it('ignores acting posts and the candidate itself', () => {
      expect(new DefinitiveAssignmentsMustNotOverlapRule(assignment('e1', 'kasubdit', 'PLT', '2026-01-01'), [current]).isBroken()).toBe(false);
      expect(new DefinitiveAssignmentsMustNotOverlapRule(endAssignment(current, '2026-03-31'), [current]).isBroken()).toBe(false);
      const actingElsewhere = assignment('e1', 'direktur', 'PLT', '2026-01-01');
      expect(new DefinitiveAssignmentsMustNotOverlapRule(assignment('e1', 'kasubdit', 'DEFINITIVE', '2026-07-01'), [actingElsewhere]).isBroken()).toBe(false);
    });
  });

  describe('SingleHolderPositionRule', () => {
    const head = assignment('kepala', 'kasubdit', 'DEFINITIVE', '2025-01-01', '2026-06-30');

    it('refuses a second definitive head of a structural post', () => {
      const rule = new SingleHolderPositionRule(kasubdit, assignment('e2', 'kasubdit', 'DEFINITIVE', '2026-06-01'), [head]);
      expectDomainError(() => checkRule(rule), 'POSITION_ALREADY_HELD', 'startDate', 'conflict');
    });

    it('accepts the next head from the day after, and many holders of a staff post', () => {
      expect(new SingleHolderPositionRule(kasubdit, assignment('e2', 'kasubdit', 'DEFINITIVE', '2026-07-01'), [head]).isBroken()).toBe(false);
      const a = assignment('e1', 'staf', 'DEFINITIVE', '2026-01-01');
      expect(new SingleHolderPositionRule(staf, assignment('e2', 'staf', 'DEFINITIVE', '2026-01-01'), [a]).isBroken()).toBe(false);
    });

    it('refuses acting appointments to a staff post', () => {
      expectDomainError(() => checkRule(new SingleHolderPositionRule(staf, assignment('e2', 'staf', 'PLT', '2026-01-01'), [])), 'ACTING_REQUIRES_STRUCTURAL_POSITION', 'type');
    });

    it('accepts a PLT only in a vacancy, one at a time', () => {
      const plt = assignment('e2', 'kasubdit', 'PLT', '2026-07-01');
      expect(new SingleHolderPositionRule(kasubdit, plt, [head]).isBroken()).toBe(false);
      expectDomainError(() => checkRule(new SingleHolderPositionRule(kasubdit, assignment('e2', 'kasubdit', 'PLT', '2026-06-15'), [head])), 'POSITION_NOT_VACANT', 'startDate');
      expectDomainError(
        () => checkRule(new SingleHolderPositionRule(kasubdit, assignment('e3', 'kasubdit', 'PLT', '2026-08-01'), [head, plt])),
        'POSITION_ALREADY_HAS_PLT',
        'startDate',
      );
    });

    it('refuses a definitive head while a PLT still acts, and accepts one after the PLT ended', () => {
      const plt = assignment('e2', 'kasubdit', 'PLT', '2026-07-01');
      const newHead = assignment('e3', 'kasubdit', 'DEFINITIVE', '2026-10-01');
      expectDomainError(() => checkRule(new SingleHolderPositionRule(kasubdit, newHead, [head, plt])), 'PLT_STILL_ACTING', 'startDate');
      expect(new SingleHolderPositionRule(kasubdit, newHead, [head, endAssignment(plt, '2026-09-30')]).isBroken()).toBe(false);
    });

    it('accepts a PLH while someone holds the post, across a handover from head to PLT', () => {
      const plt = assignment('e2', 'kasubdit', 'PLT', '2026-07-01');
      const plh = assignment('e3', 'kasubdit', 'PLH', '2026-06-29', '2026-07-03');
      expect(new SingleHolderPositionRule(kasubdit, plh, [head, plt]).isBroken()).toBe(false);
    });

    it('refuses a PLH for a vacancy, even a partial one', () => {
      const inVacancy = assignment('e3', 'kasubdit', 'PLH', '2026-07-01', '2026-07-03');
      expectDomainError(() => checkRule(new SingleHolderPositionRule(kasubdit, inVacancy, [head])), 'PLH_WITHOUT_HOLDER', 'startDate', 'rule');
      const straddling = assignment('e3', 'kasubdit', 'PLH', '2026-06-29', '2026-07-03');
      expect(new SingleHolderPositionRule(kasubdit, straddling, [head]).isBroken()).toBe(true);
      const pltAfterGap = assignment('e2', 'kasubdit', 'PLT', '2026-07-02');
      expect(new SingleHolderPositionRule(kasubdit, straddling, [head, pltAfterGap]).isBroken()).toBe(true);
    });

    it('refuses a head as their own PLH and a second PLH at the same time', () => {
      expectDomainError(
        () => checkRule(new SingleHolderPositionRule(kasubdit, assignment('kepala', 'kasubdit', 'PLH', '2026-03-02', '2026-03-04'), [head])),
        'ACTING_FOR_ONESELF',
        'employeeId',
      );
      const plh = assignment('e3', 'kasubdit', 'PLH', '2026-03-02', '2026-03-04');
      expectDomainError(
        () => checkRule(new SingleHolderPositionRule(kasubdit, assignment('e4', 'kasubdit', 'PLH', '2026-03-04', '2026-03-05'), [head, plh])),
        'POSITION_ALREADY_HAS_PLH',
        'startDate',
      );
    });

    it('refuses ending a head before the PLH standing in for them', () => {
      const plh = assignment('e3', 'kasubdit', 'PLH', '2026-03-02', '2026-03-04');
      expectDomainError(() => checkRule(new SingleHolderPositionRule(kasubdit, endAssignment(head, '2026-03-03'), [head, plh])), 'PLH_WOULD_LOSE_HOLDER', 'endDate');
      expect(new SingleHolderPositionRule(kasubdit, endAssignment(head, '2026-03-04'), [head, plh]).isBroken()).toBe(false);
    });
  });
});

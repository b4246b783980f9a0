import { AbsenceRequest } from '../../../src/modules/attendance/domain/absence-request';
import { PermitRequest } from '../../../src/modules/attendance/domain/permit-request';

const at = new Date('2026-06-05T02:00:00Z');
const byEmployee = { by: 'user-staff', at, recordedByAdministrator: false };
const byHr = { by: 'user-hr', at, recordedByAdministrator: true };
const noFacts = { inForce: [], annualLeave: [] };
const sick = (id = 'a1') => ({ id, employeeId: 'staff', type: 'CS' as const, startDate: '2026-06-30', endDate: '2026-07-02', reason: 'Demam' });
const decision = (over: Partial<Parameters<AbsenceRequest['decide']>[0]> = {}) => ({
  decision: 'APPROVED' as const,
  reason: null,
  deciderUserId: 'user-head',
  deciderEmployeeId: 'head',
  supervisorEmployeeId: 'head',
  at,
  ...over,
});

describe('LeaveRequest: filed once, decided once, by the supervisor on the date', () => {
  it('an employee files: SUBMITTED, one AbsenceFiled; the months it touches must be open', () => {
    const absence = AbsenceRequest.file(sick(), byEmployee, noFacts);
    expect(absence.state).toMatchObject({ status: 'SUBMITTED', filedBy: 'user-staff', decidedBy: null, decidedAt: null });
    expect(absence.months).toEqual(['2026-06', '2026-07']);
    expect(absence.pullEvents().map((e) => e.type)).toEqual(['AbsenceFiled']);
  });

  it('HR records one: filed and approved at once, both events', () => {
    const absence = AbsenceRequest.file(sick(), byHr, noFacts);
    expect(absence.state).toMatchObject({ status: 'APPROVED', decidedBy: 'user-hr', decidedAt: at });
    expect(absence.pullEvents()).toEqual([
      { type: 'AbsenceFiled', absenceId: 'a1', employeeId: 'staff', absenceType: 'CS', startDate: '2026-06-30', endDate: '2026-07-02', filedBy: 'user-hr' },
      expect.objectContaining({ type: 'AbsenceApproved', decidedBy: 'user-hr', decidedAt: at.toISOString(), reason: null }),
    ]);
  });

  it('only the supervisor on the date decides; a colleague or a caller without an employee is refused', () => {
    const absence = AbsenceRequest.file(sick(), byEmployee, noFacts);
    expect(() => absence.decide(decision({ deciderEmployeeId: 'peer' }))).toThrow(expect.objectContaining({ kind: 'forbidden' }));
    expect(() => absence.decide(decision({ deciderEmployeeId: null, supervisorEmployeeId: null }))).toThrow(expect.objectContaining({ kind: 'forbidden' }));
    expect(absence.state.status).toBe('SUBMITTED');
  });

  it('a decision is taken once: ALREADY_DECIDED afterwards, and it records the decision event', () => {
    const permit = PermitRequest.file({ id: 'p1', employeeId: 'staff', type: 'EARLY_LEAVE', date: '2026-06-10', time: null, reason: 'Bank' }, byEmployee, []);
    permit.pullEvents();
    permit.decide(decision({ decision: 'REJECTED', reason: 'Rapat' }));
    expect(permit.pullEvents()).toEqual([expect.objectContaining({ type: 'PermitRejected', permitId: 'p1', permitType: 'EARLY_LEAVE', reason: 'Rapat' })]);
    expect(() => permit.decide(decision())).toThrow(expect.objectContaining({ kind: 'conflict', code: 'ALREADY_DECIDED', message: 'This permit is already REJECTED.' }));
  });

  it('refuses an overlapping absence, a second permit of a type on a day, and an inverted range', () => {
    expect(() => AbsenceRequest.file(sick('a2'), byEmployee, { inForce: [sick('a1')], annualLeave: [] })).toThrow(expect.objectContaining({ code: 'ABSENCES_OVERLAP' }));
    expect(() =>
      PermitRequest.file({ id: 'p2', employeeId: 'staff', type: 'LATE_ARRIVAL', date: '2026-06-10', time: null, reason: 'x' }, byEmployee, [
        { type: 'LATE_ARRIVAL', status: 'SUBMITTED' },
      ]),
    ).toThrow(expect.objectContaining({ code: 'PERMIT_EXISTS' }));
    expect(() =>
      PermitRequest.file({ id: 'p3', employeeId: 'staff', type: 'LATE_ARRIVAL', date: '2026-06-10', time: null, reason: 'x' }, byEmployee, [
        { type: 'LATE_ARRIVAL', status: 'REJECTED' },
      ]),
    ).not.toThrow();
    expect(() => AbsenceRequest.spanAsked({ employeeId: 'staff', startDate: '2026-06-02', endDate: '2026-06-01' }, 366)).toThrow(
      expect.objectContaining({ code: 'RANGE_INVERTED' }),
    );
    expect(() => AbsenceRequest.spanAsked({ employeeId: 'staff', startDate: '2026-01-01', endDate: '2027-01-01' }, 366)).not.toThrow();
    expect(() => AbsenceRequest.spanAsked({ employeeId: 'staff', startDate: '2026-01-01', endDate: '2027-01-02' }, 366)).toThrow(
      expect.objectContaining({ code: 'ABSENCE_TOO_LONG' }),
    );
    expect(() => PermitRequest.spanAsked({ employeeId: 'staff', type: 'MISSING_PUNCH', date: '2026-06-10' })).toThrow(
      expect.objectContaining({ code: 'MISSING_PUNCH_TIME_REQUIRED' }),
    );
  });
});

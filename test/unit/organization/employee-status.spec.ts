import { addStatusChange, isLoginAllowedStatus, startStatusHistory, statusOn } from '../../../src/modules/organization/domain/employee-status';
import { expectDomainError } from './expect-domain-error';

const hired = startStatusHistory('CPNS', '2020-03-01');

describe('Employee status history', () => {
  it('answers the status in force on a date, null before hiring', () => {
    const history = addStatusChange(addStatusChange(hired, 'PNS', '2021-03-01'), 'STUDY_ASSIGNMENT', '2024-09-01');
    expect(statusOn(history, '2020-02-29')).toBeNull();
    expect(statusOn(history, '2020-03-01')).toBe('CPNS');
    expect(statusOn(history, '2021-02-28')).toBe('CPNS');
    expect(statusOn(history, '2021-03-01')).toBe('PNS');
    expect(statusOn(history, '2030-01-01')).toBe('STUDY_ASSIGNMENT');
  });

  it('keeps back-dated changes in date order', () => {
    const history = addStatusChange(addStatusChange(hired, 'UNPAID_LEAVE', '2023-01-01'), 'PNS', '2021-03-01');
    expect(history.map((c) => c.effectiveDate)).toEqual(['2020-03-01', '2021-03-01', '2023-01-01']);
    expect(statusOn(history, '2022-06-01')).toBe('PNS');
  });

  it('hires only as PNS, CPNS or PPPK', () => {
    expect(startStatusHistory('PPPK', '2022-01-01')[0].status).toBe('PPPK');
    expectDomainError(() => startStatusHistory('RETIRED', '2022-01-01'), 'EMPLOYEE_INITIAL_STATUS', 'status');
    expectDomainError(() => startStatusHistory('PNS', '2022-02-30'), 'STATUS_DATE_INVALID', 'statusSince');
  });

  it('refuses two changes on the same date as a conflict', () => {
    const history = addStatusChange(hired, 'PNS', '2021-03-01');
    expectDomainError(() => addStatusChange(history, 'SUSPENDED', '2021-03-01'), 'STATUS_CHANGE_SAME_DATE', 'effectiveDate', 'conflict');
  });

  it('refuses anything after retirement, and a retirement before later changes', () => {
    const retired = addStatusChange(hired, 'RETIRED', '2050-01-01');
    expectDomainError(() => addStatusChange(retired, 'PNS', '2050-02-01'), 'STATUS_AFTER_RETIREMENT', 'effectiveDate', 'rule');
    const suspended = addStatusChange(hired, 'SUSPENDED', '2025-01-01');
    expectDomainError(() => addStatusChange(suspended, 'RETIRED', '2024-12-31'), 'STATUS_AFTER_RETIREMENT', 'effectiveDate');
  });

  it('refuses a change before hiring, an unknown status and a repeat of the current status', () => {
    expectDomainError(() => addStatusChange(hired, 'PNS', '2019-12-31'), 'STATUS_BEFORE_HIRING', 'effectiveDate');
    expectDomainError(() => addStatusChange(hired, 'HONORER', '2021-01-01'), 'STATUS_UNKNOWN', 'status');
    expectDomainError(() => addStatusChange(hired, 'CPNS', '2020-06-01'), 'STATUS_UNCHANGED', 'status');
  });

  it('allows login except when retired, suspended or on unpaid leave', () => {
    expect(['PNS', 'CPNS', 'PPPK', 'STUDY_ASSIGNMENT'].every((s) => isLoginAllowedStatus(s as never))).toBe(true);
    expect(['RETIRED', 'SUSPENDED', 'UNPAID_LEAVE'].some((s) => isLoginAllowedStatus(s as never))).toBe(false);
  });
});

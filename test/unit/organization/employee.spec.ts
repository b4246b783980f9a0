import { Employee } from '../../../src/modules/organization/domain/employee';
import { Nip } from '../../../src/modules/organization/domain/nip.value-object';
import { expectDomainError } from './expect-domain-error';

const nip = Nip.parse('198507142010011003', '2026-06-01');
const registered = () => Employee.register({ id: 'e1', nip, name: '  Siti Rahma ', status: 'CPNS', statusSince: '2010-01-01' });

describe('Employee', () => {
  it('is registered with the birth date and sex its NIP carries, and records EmployeeCreated', () => {
    const employee = registered();
    expect(employee.details).toEqual({ id: 'e1', nip: '198507142010011003', name: 'Siti Rahma', birthDate: '1985-07-14', sex: 'MALE' });
    expect(employee.isNew).toBe(true);
    expect(employee.unsavedStatusChanges).toEqual([{ status: 'CPNS', effectiveDate: '2010-01-01' }]);
    expect(employee.pullEvents()).toEqual([{ type: 'EmployeeCreated', employee: employee.details, status: 'CPNS', statusSince: '2010-01-01' }]);
    expect(employee.pullEvents()).toEqual([]);
  });

  it('refuses a hiring status that is a career change, and a missing name', () => {
    expectDomainError(() => Employee.register({ id: 'e1', nip, name: 'X', status: 'RETIRED', statusSince: '2010-01-01' }), 'EMPLOYEE_INITIAL_STATUS', 'status');
    expectDomainError(() => Employee.register({ id: 'e1', nip, name: ' ', status: 'PNS', statusSince: '2010-01-01' }), 'EMPLOYEE_NAME_REQUIRED', 'name');
  });

  it('a status change extends the history, is left to be saved and records EmployeeStatusChanged', () => {
    const employee = Employee.restore(registered().details, [{ status: 'PNS', effectiveDate: '2011-01-01' }]);
    employee.changeStatus('STUDY_ASSIGNMENT', '2020-09-01');
    expect(employee.isNew).toBe(false);
    expect(employee.statusHistory).toEqual([
      { status: 'PNS', effectiveDate: '2011-01-01' },
      { status: 'STUDY_ASSIGNMENT', effectiveDate: '2020-09-01' },
    ]);
    expect(employee.unsavedStatusChanges).toEqual([{ status: 'STUDY_ASSIGNMENT', effectiveDate: '2020-09-01' }]);
    expect(employee.pullEvents()).toEqual([{ type: 'EmployeeStatusChanged', employeeId: 'e1', status: 'STUDY_ASSIGNMENT', effectiveDate: '2020-09-01' }]);
  });

  it('a refused status change records nothing and changes nothing', () => {
    const employee = Employee.restore(registered().details, [{ status: 'PNS', effectiveDate: '2011-01-01' }]);
    expectDomainError(() => employee.changeStatus('PNS', '2020-01-01'), 'STATUS_UNCHANGED', 'status');
    expect(employee.statusHistory).toHaveLength(1);
    expect(employee.unsavedStatusChanges).toEqual([]);
    expect(employee.pullEvents()).toEqual([]);
  });
});

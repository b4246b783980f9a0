import { defaultAttendancePolicy } from '../../../src/modules/attendance/domain/attendance-policy';
import { annualLeaveBalance } from '../../../src/modules/attendance/domain/annual-leave';
import { AnnualLeaveMustNotExceedEntitlementRule } from '../../../src/modules/attendance/domain/rules/annual-leave-must-not-exceed-entitlement.rule';
import { checkRule } from '../../../src/shared-kernel/business-rule';

const policy = defaultAttendancePolicy();

describe('annual leave (CT) balance', () => {
  it('is 12 working days without carry-over', () => {
    expect(annualLeaveBalance({ year: 2026, unusedWorkingDaysFromEarlierYears: 0, annualLeaveWorkingDaysTaken: 0, cutiBersamaWorkingDays: 0, policy })).toMatchObject({
      entitlement: 12,
      carriedOver: 0,
      available: 12,
      remaining: 12,
    });
  });

  it('carries unused days over, but never beyond 18 available', () => {
    const some = annualLeaveBalance({ year: 2026, unusedWorkingDaysFromEarlierYears: 4, annualLeaveWorkingDaysTaken: 0, cutiBersamaWorkingDays: 0, policy });
    const many = annualLeaveBalance({ year: 2026, unusedWorkingDaysFromEarlierYears: 10, annualLeaveWorkingDaysTaken: 0, cutiBersamaWorkingDays: 0, policy });
    expect([some.available, many.available, many.carriedOver]).toEqual([16, 18, 6]);
  });

  it('charges cuti bersama days against the balance', () => {
    const balance = annualLeaveBalance({ year: 2026, unusedWorkingDaysFromEarlierYears: 0, annualLeaveWorkingDaysTaken: 3, cutiBersamaWorkingDays: 4, policy });
    expect(balance).toMatchObject({ used: 7, remaining: 5 });
  });
});

describe('AnnualLeaveMustNotExceedEntitlementRule', () => {
  const balance = annualLeaveBalance({ year: 2026, unusedWorkingDaysFromEarlierYears: 0, annualLeaveWorkingDaysTaken: 3, cutiBersamaWorkingDays: 4, policy });

  it('accepts a request up to the remaining balance', () => {
    expect(() => checkRule(new AnnualLeaveMustNotExceedEntitlementRule(5, balance))).not.toThrow();
  });

  it('refuses a request one day over it', () => {
    expect(() => checkRule(new AnnualLeaveMustNotExceedEntitlementRule(6, balance))).toThrow(
      expect.objectContaining({ kind: 'rule', code: 'ANNUAL_LEAVE_EXCEEDS_ENTITLEMENT', message: expect.stringContaining('only 5 of 12 remain') }),
    );
  });
});

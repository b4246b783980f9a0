import { ActivityCatalogItem } from '../../../src/modules/activity-logging/domain/activity-catalog-item';
import { DailyActivity } from '../../../src/modules/activity-logging/domain/daily-activity';
import { ActivitiesMustNotOverlapRule } from '../../../src/modules/activity-logging/domain/rules/activities-must-not-overlap.rule';
import { ActivityMustBeLoggedWithinEntryWindowRule } from '../../../src/modules/activity-logging/domain/rules/activity-must-be-logged-within-entry-window.rule';
import { ActivityMustHaveEndedRule } from '../../../src/modules/activity-logging/domain/rules/activity-must-have-ended.rule';
import { ActivityMustNotFallOnLeaveDayRule } from '../../../src/modules/activity-logging/domain/rules/activity-must-not-fall-on-leave-day.rule';
import { DailyClaimMustStayWithinCapRule } from '../../../src/modules/activity-logging/domain/rules/daily-claim-must-stay-within-cap.rule';
import { MonthMustBeOpenRule } from '../../../src/modules/activity-logging/domain/rules/month-must-be-open.rule';
import { checkRule } from '../../../src/shared-kernel/business-rule';
import { Clock } from '../../../src/shared-kernel/clock';
import { ResultMustBelongToOwnApprovedPlanRule } from '../../../src/modules/activity-logging/domain/rules/result-must-belong-to-own-approved-plan.rule';
import { EMPLOYEE, JAKARTA, JAYAPURA, SUPERVISOR, context, drafting, entry, errorOf, fixedClock, logged } from './activity-fixtures';

describe('logging a daily activity', () => {
  it('is SUBMITTED with claimed minutes = quantity × standard minutes', () => {
    const activity = DailyActivity.log(EMPLOYEE, entry({ quantity: '3' }), context());
    const events = activity.pullEvents();
    expect(activity.status).toBe('SUBMITTED');
    expect(activity.claimedMinutes).toBe(90);
    expect(events[0]).toMatchObject({ type: 'ActivityLogged', activityId: activity.id, claimedMinutes: 90 });
  });

  it('computes minutes exactly for decimal quantities, rounding half-up to whole minutes', () => {
    const perHundred = ActivityCatalogItem.create({ code: 'X', name: 'x', outputUnit: 'u', minutesPerUnit: 100 });
    expect(logged({ catalogCode: 'X', quantity: '0.07' }, { catalogItem: perHundred }).claimedMinutes).toBe(7);
    const per25 = ActivityCatalogItem.create({ code: 'Y', name: 'y', outputUnit: 'u', minutesPerUnit: 25 });
    expect(logged({ catalogCode: 'Y', quantity: 1.5 }, { catalogItem: per25 }).claimedMinutes).toBe(38);
    expect(logged({ catalogCode: 'Y', quantity: '1.46' }, { catalogItem: per25 }).claimedMinutes).toBe(37);
  });

  it.each([
    ['0', 'INVALID_QUANTITY'],
    ['1.234', 'INVALID_QUANTITY'],
    ['-1', 'INVALID_QUANTITY'],
  ])('refuses quantity %s', (quantity, code) => {
    const error = errorOf(() => logged({ quantity }));
    expect([error.code, error.fieldErrors[0].field]).toEqual([code, 'quantity']);
  });

  it('needs an end after the start on the same day', () => {
    expect(errorOf(() => logged({ startTime: '09:00', endTime: '09:00' })).code).toBe('END_NOT_AFTER_START');
    expect(errorOf(() => logged({ startTime: '23:00', endTime: '01:00' })).code).toBe('END_NOT_AFTER_START');
    expect(errorOf(() => logged({ endTime: '24:00' })).code).toBe('INVALID_TIME');
  });

  it('serves exactly one of a planned result or an additional task', () => {
    expect(errorOf(() => logged({ resultId: 'rhk-1', additionalTask: true })).code).toBe('RESULT_XOR_ADDITIONAL_TASK');
    expect(errorOf(() => logged({ resultId: null })).code).toBe('RESULT_XOR_ADDITIONAL_TASK');
    expect(logged({ resultId: null, additionalTask: true }).purpose).toEqual({ kind: 'ADDITIONAL_TASK' });
  });

  it('accepts evidence as an http(s) link or a stored file, nothing else', () => {
    expect(() => logged({ evidence: { kind: 'URL', url: 'https://drive.example.go.id/f/1' } })).not.toThrow();
    expect(() => logged({ evidence: { kind: 'FILE', fileRef: 'evidence/2026/06/abc.pdf', bytes: 1024 } })).not.toThrow();
    expect(errorOf(() => logged({ evidence: { kind: 'URL', url: 'javascript:alert(1)' } })).code).toBe('INVALID_EVIDENCE_URL');
  });

  it('refuses a catalogue code other than the item given', () => {
    expect(errorOf(() => logged({ catalogCode: 'OTHER' })).code).toBe('UNKNOWN_CATALOG_ITEM');
  });
});

describe('ActivitiesMustNotOverlapRule', () => {
  const first = logged({ startTime: '08:00', endTime: '09:00' });

  it('accepts an activity starting exactly when the previous one ends', () => {
    expect(() => logged({ startTime: '09:00', endTime: '10:00' }, { sameDayActivities: [first] })).not.toThrow();
    expect(() => logged({ startTime: '07:00', endTime: '08:00' }, { sameDayActivities: [first] })).not.toThrow();
  });

  it.each([
    ['08:59', '10:00'],
    ['07:00', '08:01'],
    ['08:15', '08:45'],
    ['07:00', '10:00'],
  ])('refuses %s–%s against 08:00–09:00', (startTime, endTime) => {
    const error = errorOf(() => logged({ startTime, endTime }, { sameDayActivities: [first] }));
    expect(error.code).toBe(ActivitiesMustNotOverlapRule.CODE);
    expect(error.fieldErrors[0].field).toBe('startTime');
    expect(error.params.otherActivityId).toBe(first.id);
  });

  it('ignores other dates, other employees and rejected activities', () => {
    const otherDay = logged({ date: '2026-06-09' });
    const someoneElse = DailyActivity.log(
      'emp-2',
      entry(),
      context({ approvedPlans: [{ employeeId: 'emp-2', year: 2026, periodStart: '2026-01-01', periodEnd: '2026-12-31', resultIds: ['rhk-1'] }] }),
    );
    const rejected = logged();
    rejected.reject({ reviewerId: SUPERVISOR, reason: 'Bukti tidak ada', isMonthOpen: true, at: new Date() });
    expect(() => logged({}, { sameDayActivities: [otherDay, someoneElse, rejected] })).not.toThrow();
  });
});

describe('DailyClaimMustStayWithinCapRule', () => {
  // 6 documents × 30 = 180 minutes already claimed that day.
  const morning = logged({ startTime: '07:30', endTime: '10:30', quantity: '6' });

  it('accepts a day of exactly 450 minutes', () => {
    expect(() => logged({ startTime: '10:30', endTime: '16:00', quantity: '9' }, { sameDayActivities: [morning] })).not.toThrow();
  });

  it('refuses 451 minutes, naming the remaining minutes', () => {
    const oneMinute = ActivityCatalogItem.create({ code: 'M', name: 'm', outputUnit: 'menit', minutesPerUnit: 1 });
    const error = errorOf(() => logged({ catalogCode: 'M', startTime: '10:30', endTime: '16:00', quantity: '271' }, { catalogItem: oneMinute, sameDayActivities: [morning] }));
    expect(error.code).toBe(DailyClaimMustStayWithinCapRule.CODE);
    expect(error.fieldErrors[0].field).toBe('quantity');
    expect(error.params.remainingMinutes).toBe(270);
  });

  it('follows the policy parameter', () => {
    expect(errorOf(() => logged({ quantity: '2' }, { policy: { dailyCapMinutes: 59, dailyTargetMinutes: 300, entryWindowDays: 5 } })).code).toBe(
      DailyClaimMustStayWithinCapRule.CODE,
    );
  });
});

describe('the entry window (5 calendar days in the unit zone), once the activity has ended', () => {
  const activity = { date: '2026-06-10', endTime: '09:00' };
  const rule = {
    check(a: typeof activity, zone: string, clock: Clock) {
      checkRule(new ActivityMustHaveEndedRule(a, zone, clock));
      checkRule(new ActivityMustBeLoggedWithinEntryWindowRule(a, zone, clock, 5));
    },
  };

  it('accepts day 5 until local midnight in WIT and refuses day 6 from then on', () => {
    expect(() => rule.check(activity, JAYAPURA, fixedClock('2026-06-15T14:59:59Z'))).not.toThrow();
    const error = errorOf(() => rule.check(activity, JAYAPURA, fixedClock('2026-06-15T15:00:00Z')));
    expect([error.code, error.fieldErrors[0].field]).toEqual([ActivityMustBeLoggedWithinEntryWindowRule.CODE, 'date']);
  });

  it('counts the day in the zone: the same instant is still day 5 in Jakarta', () => {
    expect(() => rule.check(activity, JAKARTA, fixedClock('2026-06-15T15:00:00Z'))).not.toThrow();
    expect(errorOf(() => rule.check(activity, JAKARTA, fixedClock('2026-06-15T17:00:00Z'))).code).toBe(ActivityMustBeLoggedWithinEntryWindowRule.CODE);
  });

  it('refuses an activity that has not ended yet', () => {
    expect(() => rule.check(activity, JAYAPURA, fixedClock('2026-06-10T00:00:00Z'))).not.toThrow();
    const error = errorOf(() => rule.check(activity, JAYAPURA, fixedClock('2026-06-09T23:59:00Z')));
    expect([error.code, error.fieldErrors[0].field]).toEqual([ActivityMustHaveEndedRule.CODE, 'endTime']);
    expect(errorOf(() => rule.check({ date: '2026-06-11', endTime: '08:00' }, JAKARTA, fixedClock('2026-06-10T09:00:00Z'))).code).toBe(ActivityMustHaveEndedRule.CODE);
  });

  it('is applied when logging, and skipped for the migration import', () => {
    const late = { clock: fixedClock('2026-06-20T09:00:00Z') };
    expect(errorOf(() => logged({}, late)).code).toBe(ActivityMustBeLoggedWithinEntryWindowRule.CODE);
    expect(() => logged({}, { ...late, skipEntryWindow: true })).not.toThrow();
  });
});

describe('ActivityMustNotFallOnLeaveDayRule, MonthMustBeOpenRule', () => {
  it('refuses a leave day and a closed month, accepts otherwise', () => {
    expect(errorOf(() => logged({}, { isLeaveDay: true })).code).toBe(ActivityMustNotFallOnLeaveDayRule.CODE);
    expect(errorOf(() => logged({}, { isMonthOpen: false })).code).toBe(MonthMustBeOpenRule.CODE);
    expect(() => logged({}, { isLeaveDay: false, isMonthOpen: true })).not.toThrow();
  });
});

describe('ResultMustBelongToOwnApprovedPlanRule', () => {
  const plan = { employeeId: EMPLOYEE, year: 2026, periodStart: '2026-01-01', periodEnd: '2026-06-09', resultIds: ['rhk-1'] };
  const afterTransfer = { employeeId: EMPLOYEE, year: 2026, periodStart: '2026-06-10', periodEnd: '2026-12-31', resultIds: ['rhk-9'] };

  it('accepts a result of the own approved plan covering the date', () => {
    expect(() => logged({ resultId: 'rhk-9' }, { approvedPlans: [plan, afterTransfer] })).not.toThrow();
  });

  it("refuses a result of the plan before a transfer, of someone else's plan, or of no approved plan", () => {
    for (const approvedPlans of [[plan, afterTransfer], [{ ...afterTransfer, employeeId: 'emp-2', resultIds: ['rhk-1'] }], []]) {
      const error = errorOf(() => logged({ resultId: 'rhk-1' }, { approvedPlans }));
      expect([error.code, error.fieldErrors[0].field]).toEqual([ResultMustBelongToOwnApprovedPlanRule.CODE, 'resultId']);
    }
  });

  it('does not apply to an additional task', () => {
    expect(() => logged({ resultId: null, additionalTask: true }, { approvedPlans: [] })).not.toThrow();
  });
});

describe('ActivityCatalogItem', () => {
  it('needs a positive whole number of minutes per unit', () => {
    for (const minutesPerUnit of [0, -5, 7.5]) {
      expect(errorOf(() => ActivityCatalogItem.create({ code: 'A', name: 'a', outputUnit: 'u', minutesPerUnit })).code).toBe('INVALID_MINUTES_PER_UNIT');
    }
  });

  it("is global, or available in its unit and that unit's sub-units", () => {
    expect(drafting.isGlobal).toBe(true);
    const local = ActivityCatalogItem.create({ code: 'L', name: 'l', outputUnit: 'u', minutesPerUnit: 10, unitId: 'balai' });
    expect(local.isAvailableIn(['seksi-1', 'balai', 'ditjen'])).toBe(true);
    expect(local.isAvailableIn(['seksi-2', 'other-balai'])).toBe(false);
  });
});

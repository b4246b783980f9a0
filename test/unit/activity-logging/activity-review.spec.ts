import { DailyActivity } from '../../../src/modules/activity-logging/domain/daily-activity';
import { MonthMustBeOpenRule } from '../../../src/modules/activity-logging/domain/rules/month-must-be-open.rule';
import { ActivitiesMustNotOverlapRule } from '../../../src/modules/activity-logging/domain/rules/activities-must-not-overlap.rule';
import { EMPLOYEE, SUPERVISOR, context, entry, errorOf, fixedClock, logged } from './activity-fixtures';

const AT = new Date('2026-06-12T10:00:00Z');

describe('reviewing an activity', () => {
  it('approves the full quantity by default', () => {
    const activity = logged({ quantity: '4' });
    activity.pullEvents();
    activity.approve({ reviewerId: SUPERVISOR, isMonthOpen: true, at: AT });
    const events = activity.pullEvents();
    expect([activity.status, activity.approvedQuantity, activity.approvedMinutes]).toEqual(['APPROVED', '4', 120]);
    expect(events[0]).toMatchObject({ type: 'ActivityApproved', reviewerId: SUPERVISOR, approvedMinutes: 120 });
  });

  it('approves a lower quantity with a note', () => {
    const activity = logged({ quantity: '4' });
    activity.approve({ reviewerId: SUPERVISOR, approvedQuantity: '2.5', note: 'Dua surat belum final', isMonthOpen: true, at: AT });
    expect([activity.approvedQuantity, activity.approvedMinutes, activity.claimedMinutes]).toEqual(['2.5', 75, 120]);
    expect(activity.reviewNote).toBe('Dua surat belum final');
  });

  it('refuses a lower quantity without a note', () => {
    const error = errorOf(() => logged({ quantity: '4' }).approve({ reviewerId: SUPERVISOR, approvedQuantity: '3', isMonthOpen: true, at: AT }));
    expect([error.code, error.fieldErrors[0].field]).toEqual(['NOTE_REQUIRED_FOR_LOWER_QUANTITY', 'note']);
  });

  it('refuses a higher approved quantity', () => {
    const activity = logged({ quantity: '4' });
    const error = errorOf(() => activity.approve({ reviewerId: SUPERVISOR, approvedQuantity: '4.01', note: 'x', isMonthOpen: true, at: AT }));
    expect([error.code, error.fieldErrors[0].field]).toEqual(['APPROVED_QUANTITY_ABOVE_CLAIMED', 'approvedQuantity']);
    expect(activity.status).toBe('SUBMITTED');
  });

  it('rejects only with a reason', () => {
    const activity = logged();
    const error = errorOf(() => activity.reject({ reviewerId: SUPERVISOR, reason: '  ', isMonthOpen: true, at: AT }));
    expect([error.code, error.fieldErrors[0].field]).toEqual(['REJECTION_REASON_REQUIRED', 'reason']);
    expect(activity.status).toBe('SUBMITTED');

    activity.pullEvents();
    activity.reject({ reviewerId: SUPERVISOR, reason: 'Bukti tidak dilampirkan', isMonthOpen: true, at: AT });
    const events = activity.pullEvents();
    expect([activity.status, activity.rejectionReason]).toEqual(['REJECTED', 'Bukti tidak dilampirkan']);
    expect(events[0]).toMatchObject({ type: 'ActivityRejected', reason: 'Bukti tidak dilampirkan' });
  });

  it('refuses to review twice, to review an own activity, or to review in a closed month', () => {
    const approved = logged();
    approved.approve({ reviewerId: SUPERVISOR, isMonthOpen: true, at: AT });
    expect(errorOf(() => approved.approve({ reviewerId: SUPERVISOR, isMonthOpen: true, at: AT })).code).toBe('ACTIVITY_NOT_AWAITING_REVIEW');
    expect(errorOf(() => approved.reject({ reviewerId: SUPERVISOR, reason: 'r', isMonthOpen: true, at: AT })).code).toBe('ACTIVITY_NOT_AWAITING_REVIEW');
    expect(errorOf(() => logged().approve({ reviewerId: EMPLOYEE, isMonthOpen: true, at: AT })).code).toBe('FORBIDDEN');
    expect(errorOf(() => logged().approve({ reviewerId: SUPERVISOR, isMonthOpen: false, at: AT })).code).toBe(MonthMustBeOpenRule.CODE);
  });
});

describe('correcting a rejected activity', () => {
  function rejected(): DailyActivity {
    const activity = logged({ quantity: '2' });
    activity.reject({ reviewerId: SUPERVISOR, reason: 'Jumlah tidak sesuai', isMonthOpen: true, at: AT });
    return activity;
  }

  it('resubmits it with the corrected content while the month is open, even after the entry window', () => {
    const activity = rejected();
    const { date: _date, ...correction } = entry({ quantity: '1' });
    activity.pullEvents();
    activity.correct(correction, context({ clock: fixedClock('2026-06-25T09:00:00Z') }));
    const events = activity.pullEvents();
    expect([activity.status, activity.claimedMinutes, activity.rejectionReason]).toEqual(['SUBMITTED', 30, null]);
    expect(events[0]).toMatchObject({ type: 'ActivityResubmitted', claimedMinutes: 30 });
    activity.approve({ reviewerId: SUPERVISOR, isMonthOpen: true, at: AT });
    expect(activity.approvedMinutes).toBe(30);
  });

  it('refuses a correction in a closed month, or one that overlaps another activity', () => {
    const { date: _date, ...correction } = entry();
    expect(errorOf(() => rejected().correct(correction, context({ isMonthOpen: false }))).code).toBe(MonthMustBeOpenRule.CODE);

    const activity = rejected();
    const filler = logged({ startTime: '08:30', endTime: '09:30' });
    expect(errorOf(() => activity.correct(correction, context({ sameDayActivities: [activity, filler] }))).code).toBe(ActivitiesMustNotOverlapRule.CODE);
    expect(() => activity.correct({ ...correction, startTime: '07:30', endTime: '08:30' }, context({ sameDayActivities: [activity, filler] }))).not.toThrow();
  });

  it('refuses to correct an activity that is not rejected', () => {
    const { date: _date, ...correction } = entry();
    expect(errorOf(() => logged().correct(correction, context())).code).toBe('ACTIVITY_NOT_REJECTED');
  });

  it('restores from its snapshot', () => {
    const activity = rejected();
    expect(DailyActivity.restore(activity.snapshot()).snapshot()).toEqual(activity.snapshot());
  });
});

import { Clock } from '../../../src/shared-kernel/clock';
import { DomainError } from '../../../src/shared-kernel/domain-error';
import { ActivityCatalogItem } from '../../../src/modules/activity-logging/domain/activity-catalog-item';
import { ActivityEntry, DailyActivity, EntryContext } from '../../../src/modules/activity-logging/domain/daily-activity';

export const EMPLOYEE = 'emp-1';
export const SUPERVISOR = 'sup-1';
export const JAKARTA = 'Asia/Jakarta';
export const JAYAPURA = 'Asia/Jayapura';

export const fixedClock = (iso: string): Clock => ({ now: () => new Date(iso) });

/** 30 standard minutes per document. */
export const drafting = ActivityCatalogItem.create({ code: 'DRAFT-LETTER', name: 'Menyusun konsep surat', outputUnit: 'dokumen', minutesPerUnit: 30 });

export function entry(overrides: Partial<ActivityEntry> = {}): ActivityEntry {
  return {
    date: '2026-06-10',
    startTime: '08:00',
    endTime: '09:00',
    catalogCode: drafting.code,
    quantity: '2',
    description: 'Konsep surat undangan rapat',
    resultId: 'rhk-1',
    ...overrides,
  };
}

export function context(overrides: Partial<EntryContext> = {}): EntryContext {
  return {
    clock: fixedClock('2026-06-12T09:00:00Z'),
    zone: JAKARTA,
    isMonthOpen: true,
    isLeaveDay: false,
    sameDayActivities: [],
    approvedPlans: [{ employeeId: EMPLOYEE, year: 2026, periodStart: '2026-01-01', periodEnd: '2026-12-31', resultIds: ['rhk-1'] }],
    catalogItem: drafting,
    ...overrides,
  };
}

export function logged(overrides: Partial<ActivityEntry> = {}, ctx: Partial<EntryContext> = {}): DailyActivity {
  return DailyActivity.log(EMPLOYEE, entry(overrides), context(ctx));
}

export function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

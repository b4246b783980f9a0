import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { isValidLocalDate } from '../../../../shared-kernel/local-date';
import { yearMonthOf } from '../../../../shared-kernel/year-month';
import { Actor } from '../../../../platform/auth/actor';
import { PeriodLock } from '../../../../platform/period-lock/period-lock';
import { written } from '../../../../platform/write/written';
import { EmployeeProfilesFacade } from '../../../organization/public/employee-profiles.facade';
import { SupervisionFacade } from '../../../organization/public/supervision.facade';
import { DailyActivity, DailyActivityStatus } from '../../domain/daily-activity';
import { EntryFactsLoader } from '../entry-facts';
import { ActivityRepository } from '../ports/activity-repository';
import { ActivityRequest, entryOf } from './log-activity';

export type ImportRow = ActivityRequest & { nip: string; status: DailyActivityStatus; approvedQuantity?: string | number | null };

export class ImportActivities {
  constructor(
    readonly actor: Actor,
    readonly rows: ImportRow[],
  ) {}
}

const IMPORT_STATUSES: readonly string[] = ['SUBMITTED', 'APPROVED', 'REJECTED'];
const IMPORT_NOTE = 'Reviewed in the previous system.';

/**
 * Migration from a previous system: each row obeys every rule except the entry window, including the
 * rules between rows of the same batch (overlap, daily cap). Refused rows are reported by index; the
 * accepted ones are written in one multi-row INSERT. A review needs the supervisor of that date.
 */
@CommandHandler(ImportActivities)
export class ImportActivitiesHandler implements ICommandHandler<ImportActivities> {
  constructor(
    private readonly activities: ActivityRepository,
    private readonly facts: EntryFactsLoader,
    private readonly profiles: EmployeeProfilesFacade,
    private readonly supervision: SupervisionFacade,
    private readonly periodLock: PeriodLock,
  ) {}

  async execute({ actor, rows }: ImportActivities) {
    if (!actor.isHrAdmin) throw DomainError.forbidden('Only HR administrators import activities.', 'HR_ONLY_IMPORT');
    const rejected: Array<{ index: number; code: string; detail: string }> = [];
    const employees = await this.profiles.employeesByNips([...new Set(rows.map((r) => r.nip))]);
    const keyed = rows.map((row, index) => ({ row, index, employeeId: employees.get(row.nip)?.employeeId ?? null }));
    const candidates = keyed.filter(({ row, index, employeeId }) => {
      if (!employeeId) rejected.push({ index, code: 'UNKNOWN_NIP', detail: `No employee has NIP ${row.nip}.` });
      else if (!IMPORT_STATUSES.includes(row.status)) rejected.push({ index, code: 'INVALID_STATUS', detail: `status must be one of ${IMPORT_STATUSES.join(', ')}.` });
      else if (!isValidLocalDate(row.date)) rejected.push({ index, code: 'INVALID_DATE', detail: "date must be a 'YYYY-MM-DD' date." });
      else return true;
      return false;
    });
    const keys = candidates.map((c) => ({ employeeId: c.employeeId!, date: c.row.date }));
    const facts = await this.facts.load(
      keys,
      candidates.map((c) => c.row.catalogCode),
    );
    const standing = await this.activities.lockDaysAndRead(keys);
    const supervisors = await this.supervision.supervisorsOfPairs(keys.filter((_, i) => candidates[i].row.status !== 'SUBMITTED'));
    const accepted: DailyActivity[] = [];
    for (const { row, index, employeeId } of candidates) {
      const key = { employeeId: employeeId!, date: row.date };
      try {
        const sameDay = [...standing, ...accepted].filter((a) => a.employeeId === key.employeeId && a.date === key.date);
        const activity = DailyActivity.log(key.employeeId, entryOf(row), facts.contextFor(key, row.catalogCode, sameDay, true));
        if (row.status !== 'SUBMITTED') {
          const reviewerId = supervisors.get(`${key.employeeId}|${key.date}`)?.employeeId;
          if (!reviewerId) throw DomainError.rule('NO_SUPERVISOR_ON_DATE', `The employee had no supervisor on ${key.date} to have reviewed it.`, undefined, { date: key.date });
          const review = { reviewerId, isMonthOpen: true, at: activity.snapshot().submittedAt };
          if (row.status === 'APPROVED') activity.approve({ ...review, approvedQuantity: row.approvedQuantity, note: IMPORT_NOTE });
          else activity.reject({ ...review, reason: IMPORT_NOTE });
        }
        accepted.push(activity);
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        rejected.push({ index, code: e.code, detail: e.message });
      }
    }
    for (const month of new Set(accepted.map((a) => yearMonthOf(a.date)))) await this.periodLock.assertOpen(month);
    await this.activities.insert(accepted, { imported: true });
    rejected.sort((a, b) => a.index - b.index);
    const result = { accepted: accepted.length, rejected };
    return written(result, {
      audit: [{ action: 'ImportActivities', targetType: 'DailyActivity', targetId: 'import', after: result }],
      events: accepted.flatMap((a) => a.pullEvents()),
    });
  }
}

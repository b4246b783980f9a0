import { Inject, Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { LocalDate, minDate } from '../../../../shared-kernel/local-date';
import { YearMonth, lastDayOf } from '../../../../shared-kernel/year-month';
import { localDateOf } from '../../../../shared-kernel/zone';
import { Actor } from '../../../../platform/auth/actor';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { AccessPolicy } from '../../../organization/public/access-policy';
import { EmployeeProfilesFacade } from '../../../organization/public/employee-profiles.facade';
import { UnitTreeFacade } from '../../../organization/public/unit-tree.facade';
import { AttendanceCode } from '../../domain/attendance-code';
import { MonthlyAttendanceSummary } from '../../domain/monthly-attendance-summary';
import { AttendanceClassifier, AttendanceDay } from '../attendance-classifier';

export interface RecapRow extends MonthlyAttendanceSummary {
  employeeId: string;
  nip: string;
  name: string;
}

export interface AttendanceRecap {
  unitId: string;
  month: YearMonth;
  unit: { id: string; code: string; name: string };
  title: string;
  items: RecapRow[];
}

/** A unit code as it may stand in a Content-Disposition file name: no quotes, slashes or spaces. */
function fileNamePart(code: string): string {
  return code.replace(/[^A-Za-z0-9._-]+/g, '_');
}

/** Codes in the order a recap lists them. */
const RECAP_CODES: AttendanceCode[] = ['H', 'TL1', 'TL2', 'TL3', 'TL4', 'PSW1', 'PSW2', 'PSW3', 'PSW4', 'TK', 'CT', 'CS', 'CB', 'CM', 'CAP', 'DL', 'I', 'CLTN', 'TB'];

/** api.md "GET /attendance/days", "/summary" and the unit recap, each behind the object-level check. */
@Injectable()
export class AttendanceViews {
  constructor(
    private readonly access: AccessPolicy,
    private readonly profiles: EmployeeProfilesFacade,
    private readonly unitTree: UnitTreeFacade,
    private readonly classifier: AttendanceClassifier,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async days(actor: Actor, employeeId: string, month: YearMonth): Promise<AttendanceDay[]> {
    await this.access.assertCanReadEmployee(actor, employeeId, this.accessDate(month));
    return (await this.classifier.monthlySummaries([employeeId], month, { keepDays: true })).get(employeeId)!.days!;
  }

  async summary(actor: Actor, employeeId: string, month: YearMonth): Promise<MonthlyAttendanceSummary & { employeeId: string }> {
    if (actor.readsPayFacts) await this.access.assertEmployeeExists(employeeId);
    else await this.access.assertCanReadEmployee(actor, employeeId, this.accessDate(month));
    const { summary } = (await this.classifier.monthlySummaries([employeeId], month, { keepDays: false })).get(employeeId)!;
    return { employeeId, ...summary };
  }

  /** Everyone placed in the unit's subtree at the end of the month (or today, for the running month), under a title naming the unit and month. */
  async recap(actor: Actor, unitId: string, month: YearMonth): Promise<AttendanceRecap> {
    const unit = await this.unitTree.unit(unitId);
    if (!unit) throw DomainError.notFound('Unit', unitId);
    if (!actor.readsPayFacts) await this.access.assertCanAdministerUnit(actor, unitId);
    const employeeIds = await this.unitTree.employeesInSubtree(unitId, this.accessDate(month));
    const [summaries, names] = await Promise.all([this.classifier.monthlySummaries(employeeIds, month, { keepDays: false }), this.profiles.employeeNames(employeeIds)]);
    const items = names.map((e) => ({ employeeId: e.id, nip: e.nip, name: e.name, ...summaries.get(e.id)!.summary }));
    return { unitId, month, unit, title: `Attendance recap: ${unit.name} (${unit.code}), ${month}`, items };
  }

  /** The recap as a workbook: the title on top, then one row per employee; the file is named by unit code and month. */
  async recapWorkbook(actor: Actor, unitId: string, month: YearMonth): Promise<{ fileName: string; content: Buffer }> {
    const recap = await this.recap(actor, unitId, month);
    const workbook = new ExcelJS.Workbook();
    workbook.title = recap.title;
    const sheet = workbook.addWorksheet(`Rekap ${month}`);
    sheet.columns = [
      { header: 'NIP', key: 'nip', width: 22 },
      { header: 'Name', key: 'name', width: 30 },
      { header: 'Working days', key: 'workingDays', width: 14 },
      ...RECAP_CODES.map((code) => ({ header: code, key: code, width: 7 })),
      // The statement's ATTENDANCE and LEAVE lines: what the month's days take off the allowance, not a presence rate.
      { header: 'Attendance deduction %', key: 'attendancePercent', width: 22 },
      { header: 'Leave deduction %', key: 'leavePercent', width: 18 },
    ];
    sheet.getRow(1).font = { bold: true };
    for (const row of recap.items) {
      sheet.addRow({
        nip: row.nip,
        name: row.name,
        workingDays: row.workingDays,
        ...Object.fromEntries(RECAP_CODES.map((code) => [code, row.counts[code] ?? 0])),
        // Percents stay exact decimal text: a spreadsheet float would not be the figure the statement uses.
        attendancePercent: row.attendancePercent,
        leavePercent: row.leavePercent,
      });
    }
    sheet.insertRow(1, [recap.title]).font = { bold: true, size: 14 };
    return { fileName: `attendance-recap-${fileNamePart(recap.unit.code)}-${month}.xlsx`, content: Buffer.from(await workbook.xlsx.writeBuffer()) };
  }

  /** Supervision is judged on the last day of the month, or today while the month runs. */
  private accessDate(month: YearMonth): LocalDate {
    return minDate(lastDayOf(month), localDateOf(this.clock.now(), 'Asia/Jakarta'));
  }
}

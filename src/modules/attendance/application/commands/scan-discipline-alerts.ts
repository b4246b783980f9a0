import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { newId } from '../../../../shared-kernel/ids';
import { LocalDate, minDate } from '../../../../shared-kernel/local-date';
import { AuditLog } from '../../../../platform/audit/audit-log';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { Outbox } from '../../../../platform/outbox/outbox';
import { WorkCalendarsFacade } from '../../../organization/public/work-calendars.facade';
import { newlyCrossedDisciplineThresholds } from '../../domain/discipline-alert';
import { AttendanceRepository } from '../../infrastructure/persistence/attendance.repository';
import { DISCIPLINE_THRESHOLD_REACHED, DisciplineThresholdReachedV1 } from '../../public/events';
import { AttendanceClassifier } from '../attendance-classifier';

/**
 * Counts each employee's TK days of `year` up to `through` (a finished day: today's absence is not yet an
 * absence) and raises an alert for every PP 94/2021 threshold newly reached. Alerts inform HR; the sanction
 * is a legal act HR decides. Running twice raises nothing twice.
 */
export class ScanDisciplineAlerts {
  constructor(
    readonly year: number,
    readonly through: LocalDate,
  ) {}
}

@CommandHandler(ScanDisciplineAlerts)
export class ScanDisciplineAlertsHandler implements ICommandHandler<ScanDisciplineAlerts> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: AttendanceRepository,
    private readonly calendars: WorkCalendarsFacade,
    private readonly classifier: AttendanceClassifier,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
  ) {}

  async execute({ year, through }: ScanDisciplineAlerts) {
    const from = `${year}-01-01`;
    const to = minDate(`${year}-12-31`, through);
    if (to < from) return { year, through: to, employeesScanned: 0, alertsRaised: 0 };
    const employeeIds = await this.calendars.employeesPlacedBetween(from, to);
    const ranges = await this.classifier.classify(employeeIds, from, to);
    return this.uow.run(async () => {
      const highest = await this.repo.highestAlertedThresholds(employeeIds, year);
      const alerts: Array<DisciplineThresholdReachedV1 & { id: string; unitId: string | null }> = [];
      for (const [employeeId, range] of ranges) {
        const tkDays = range.days.filter((d) => d.codes.includes('TK')).length;
        const crossed = newlyCrossedDisciplineThresholds(highest.get(employeeId) ?? 0, tkDays);
        if (crossed.length === 0) continue;
        const unitId = (await this.calendars.unitOfEmployee(employeeId, to))?.unitId ?? null;
        for (const t of crossed) {
          alerts.push({ id: newId(), employeeId, unitId, year, tkDays: t.tkDays, tkDaysCounted: tkDays, severity: t.severity, sanction: t.sanctionId, sanctionEn: t.sanctionEn });
        }
      }
      const inserted = new Set(
        await this.repo.insertDisciplineAlerts(alerts.map((a) => ({ id: a.id, employeeId: a.employeeId, unitId: a.unitId, year, tkDays: a.tkDays, severity: a.severity, sanction: a.sanction }))),
      );
      for (const { id, unitId, ...event } of alerts.filter((a) => inserted.has(a.id))) {
        await this.outbox.publish({ type: DISCIPLINE_THRESHOLD_REACHED, source: 'attendance', subject: event.employeeId, data: { ...event, alertId: id, unitId } });
      }
      const report = { year, through: to, employeesScanned: employeeIds.length, alertsRaised: inserted.size };
      await this.audit.record({ action: 'ScanDisciplineAlerts', targetType: 'DisciplineAlerts', targetId: String(year), after: report });
      return report;
    });
  }
}

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { newId } from '../../../../shared-kernel/ids';
import { LocalDate, minDate } from '../../../../shared-kernel/local-date';
import { written } from '../../../../platform/write/written';
import { WorkCalendarsFacade } from '../../../organization/public/work-calendars.facade';
import { DisciplineAlert, newlyCrossedDisciplineThresholds } from '../../domain/discipline-alert';
import { AttendanceClassifier } from '../attendance-classifier';
import { DisciplineAlerts } from '../ports/discipline-alerts';

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
    private readonly alerts: DisciplineAlerts,
    private readonly calendars: WorkCalendarsFacade,
    private readonly classifier: AttendanceClassifier,
  ) {}

  async execute({ year, through }: ScanDisciplineAlerts) {
    const from = `${year}-01-01`;
    const to = minDate(`${year}-12-31`, through);
    if (to < from) return written({ year, through: to, employeesScanned: 0, alertsRaised: 0 });
    const employeeIds = await this.calendars.employeesPlacedBetween(from, to);
    const ranges = await this.classifier.classify(employeeIds, from, to);
    const highest = await this.alerts.highestAlerted(employeeIds, year);
    const raised: DisciplineAlert[] = [];
    for (const [employeeId, range] of ranges) {
      const tkDays = range.days.filter((d) => d.codes.includes('TK')).length;
      const before = highest.get(employeeId) ?? 0;
      if (newlyCrossedDisciplineThresholds(before, tkDays).length === 0) continue;
      const unitId = (await this.calendars.unitOfEmployee(employeeId, to))?.unitId ?? null;
      raised.push(...DisciplineAlert.raise(newId, { employeeId, unitId }, year, before, tkDays));
    }
    // Another scan may have raised some meanwhile: only those stored here are announced.
    const stored = await this.alerts.addNew(raised);
    const report = { year, through: to, employeesScanned: employeeIds.length, alertsRaised: stored.size };
    return written(report, {
      audit: [{ action: 'ScanDisciplineAlerts', targetType: 'DisciplineAlerts', targetId: String(year), after: report }],
      events: raised.filter((a) => stored.has(a.state.id)).flatMap((a) => a.pullEvents()),
    });
  }
}

import { Module } from '@nestjs/common';
import { OrganizationModule } from '../organization/organization.module';
import { AttendanceClassifier } from './application/attendance-classifier';
import { ClockEventIntake } from './application/clock-event-intake';
import { ClockNowHandler, CorrectClockEventHandler, ImportClockEventsHandler, VoidClockEventHandler } from './application/commands/clock-events';
import { PushDeviceEventsHandler, RegisterDeviceHandler, RevokeDeviceHandler } from './application/commands/devices';
import {
  CorrectAbsenceDecisionHandler,
  CorrectPermitDecisionHandler,
  DecideAbsenceHandler,
  DecidePermitHandler,
  FileAbsenceHandler,
  FilePermitHandler,
} from './application/commands/leave-requests';
import { ScanDisciplineAlertsHandler } from './application/commands/scan-discipline-alerts';
import { SetAttendancePolicyHandler } from './application/commands/set-attendance-policy';
import { DisciplineAlertJob } from './application/discipline-alert.job';
import { AttendanceEventTranslations } from './application/integration-event-translations';
import { LeaveRequests } from './application/leave-requests';
import { PolicyBook } from './application/policy-book';
import { AbsenceRequests } from './application/ports/absence-requests';
import { AttendanceDevices } from './application/ports/attendance-devices';
import { AttendancePolicies } from './application/ports/attendance-policies';
import { ClockEventStore } from './application/ports/clock-event-store';
import { DisciplineAlerts } from './application/ports/discipline-alerts';
import { EmployeePlacements } from './application/ports/employee-placements';
import { PermitRequests } from './application/ports/permit-requests';
import { AttendanceRecords } from './application/queries/attendance-records';
import { AttendanceViews } from './application/queries/attendance-views';
import { RequestQueries } from './application/queries/request-queries';
import { AttendanceController } from './infrastructure/http/attendance.controller';
import { DevicesController } from './infrastructure/http/devices.controller';
import { RequestsController } from './infrastructure/http/requests.controller';
import { CachedEmployeePlacements } from './infrastructure/organization/cached-employee-placements';
import { PgAbsenceRequests } from './infrastructure/persistence/pg-absence-requests';
import { PgAttendanceDevices } from './infrastructure/persistence/pg-attendance-devices';
import { PgAttendancePolicies } from './infrastructure/persistence/pg-attendance-policies';
import { PgClockEventStore } from './infrastructure/persistence/pg-clock-event-store';
import { PgDisciplineAlerts } from './infrastructure/persistence/pg-discipline-alerts';
import { PgPermitRequests } from './infrastructure/persistence/pg-permit-requests';
import { AttendanceFacade } from './public/attendance.facade';

@Module({
  imports: [OrganizationModule],
  controllers: [AttendanceController, DevicesController, RequestsController],
  providers: [
    { provide: ClockEventStore, useClass: PgClockEventStore },
    { provide: AbsenceRequests, useClass: PgAbsenceRequests },
    { provide: PermitRequests, useClass: PgPermitRequests },
    { provide: AttendanceDevices, useClass: PgAttendanceDevices },
    { provide: AttendancePolicies, useClass: PgAttendancePolicies },
    { provide: DisciplineAlerts, useClass: PgDisciplineAlerts },
    { provide: EmployeePlacements, useClass: CachedEmployeePlacements },
    AttendanceEventTranslations,
    PolicyBook,
    AttendanceClassifier,
    ClockEventIntake,
    LeaveRequests,
    AttendanceViews,
    AttendanceRecords,
    RequestQueries,
    AttendanceFacade,
    DisciplineAlertJob,
    ClockNowHandler,
    ImportClockEventsHandler,
    CorrectClockEventHandler,
    VoidClockEventHandler,
    RegisterDeviceHandler,
    RevokeDeviceHandler,
    PushDeviceEventsHandler,
    SetAttendancePolicyHandler,
    FileAbsenceHandler,
    DecideAbsenceHandler,
    CorrectAbsenceDecisionHandler,
    CorrectPermitDecisionHandler,
    FilePermitHandler,
    DecidePermitHandler,
    ScanDisciplineAlertsHandler,
  ],
  exports: [AttendanceFacade],
})
export class AttendanceModule {}

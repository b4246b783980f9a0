import { Module } from '@nestjs/common';
import { OrganizationModule } from '../organization/organization.module';
import { AttendanceClassifier } from './application/attendance-classifier';
import { ClockEventIntake } from './application/clock-event-intake';
import { DecideAbsenceHandler, FileAbsenceHandler } from './application/commands/absences';
import { ClockNowHandler, CorrectClockEventHandler, ImportClockEventsHandler } from './application/commands/clock-events';
import { PushDeviceEventsHandler, RegisterDeviceHandler, RevokeDeviceHandler } from './application/commands/devices';
import { DecidePermitHandler, FilePermitHandler } from './application/commands/permits';
import { ScanDisciplineAlertsHandler } from './application/commands/scan-discipline-alerts';
import { SetAttendancePolicyHandler } from './application/commands/set-attendance-policy';
import { DisciplineAlertJob } from './application/discipline-alert.job';
import { LeaveRequests } from './application/leave-requests';
import { PolicyBook } from './application/policy-book';
import { AttendanceViews } from './application/queries/attendance-views';
import { AttendanceController } from './infrastructure/http/attendance.controller';
import { DevicesController } from './infrastructure/http/devices.controller';
import { RequestsController } from './infrastructure/http/requests.controller';
import { AttendanceRepository } from './infrastructure/persistence/attendance.repository';
import { AttendanceFacade } from './public/attendance.facade';

@Module({
  imports: [OrganizationModule],
  controllers: [AttendanceController, DevicesController, RequestsController],
  providers: [
    AttendanceRepository,
    PolicyBook,
    AttendanceClassifier,
    ClockEventIntake,
    LeaveRequests,
    AttendanceViews,
    AttendanceFacade,
    DisciplineAlertJob,
    ClockNowHandler,
    ImportClockEventsHandler,
    CorrectClockEventHandler,
    RegisterDeviceHandler,
    RevokeDeviceHandler,
    PushDeviceEventsHandler,
    SetAttendancePolicyHandler,
    FileAbsenceHandler,
    DecideAbsenceHandler,
    FilePermitHandler,
    DecidePermitHandler,
    ScanDisciplineAlertsHandler,
  ],
  exports: [AttendanceFacade],
})
export class AttendanceModule {}

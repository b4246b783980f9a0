import { Module } from '@nestjs/common';
import { AssignEmployeeHandler, EndAssignmentHandler } from './application/commands/assign-employee';
import { ChangeEmployeeStatusHandler } from './application/commands/change-employee-status';
import { CreateEmployeeHandler } from './application/commands/create-employee';
import { CreateHolidayHandler } from './application/commands/create-holiday';
import { CreatePositionHandler, UpdatePositionHandler } from './application/commands/create-position';
import { CreateShiftHandler, SetRosterEntriesHandler } from './application/commands/create-shift';
import { CreateUnitHandler, UpdateUnitHandler } from './application/commands/create-unit';
import { CreateWorkScheduleHandler, SetUnitWorkScheduleHandler } from './application/commands/create-work-schedule';
import { OrganizationAccess } from './application/organization-access';
import { WorkCalendarQuery } from './application/queries/work-calendar.query';
import { SupervisorResolver } from './application/supervisor-resolver';
import { CalendarController } from './infrastructure/http/calendar.controller';
import { EmployeesController } from './infrastructure/http/employees.controller';
import { PositionsController } from './infrastructure/http/positions.controller';
import { UnitsController } from './infrastructure/http/units.controller';
import { OrganizationRepository } from './infrastructure/persistence/organization.repository';
import { OrganizationFacade } from './public/organization.facade';

@Module({
  controllers: [UnitsController, PositionsController, EmployeesController, CalendarController],
  providers: [
    OrganizationRepository,
    OrganizationAccess,
    SupervisorResolver,
    WorkCalendarQuery,
    OrganizationFacade,
    CreateUnitHandler,
    UpdateUnitHandler,
    CreatePositionHandler,
    UpdatePositionHandler,
    CreateEmployeeHandler,
    ChangeEmployeeStatusHandler,
    AssignEmployeeHandler,
    EndAssignmentHandler,
    CreateHolidayHandler,
    CreateWorkScheduleHandler,
    SetUnitWorkScheduleHandler,
    CreateShiftHandler,
    SetRosterEntriesHandler,
  ],
  exports: [OrganizationFacade],
})
export class OrganizationModule {}

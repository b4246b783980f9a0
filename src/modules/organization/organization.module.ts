import { Module } from '@nestjs/common';
import { AssignEmployeeHandler, EndAssignmentHandler } from './application/commands/assign-employee';
import { ChangeEmployeeStatusHandler } from './application/commands/change-employee-status';
import { CreateEmployeeHandler } from './application/commands/create-employee';
import { CreateHolidayHandler } from './application/commands/create-holiday';
import { CreatePositionHandler, UpdatePositionHandler } from './application/commands/create-position';
import { RegradePositionHandler } from './application/commands/regrade-position';
import { SetKelasCeilingHandler } from './application/commands/set-kelas-ceiling';
import { PositionRegrades } from './application/position-regrades';
import { ClosedMonths } from './application/closed-months';
import { CreateShiftHandler, SetRosterEntriesHandler } from './application/commands/create-shift';
import { CreateUnitHandler, UpdateUnitHandler } from './application/commands/create-unit';
import { CreateWorkScheduleHandler, SetUnitWorkScheduleHandler } from './application/commands/create-work-schedule';
import { OrganizationIntegrationEvents } from './application/integration-events';
import { MinistryToday } from './application/ministry-today';
import { AssignmentRepository } from './application/ports/assignment-repository';
import { CalendarReadModel } from './application/ports/calendar-read-model';
import { EmployeeReadModel } from './application/ports/employee-read-model';
import { EmployeeRepository } from './application/ports/employee-repository';
import { HolidayRepository } from './application/ports/holiday-repository';
import { PlacementReadModel } from './application/ports/placement-read-model';
import { PositionRepository } from './application/ports/position-repository';
import { RosterRepository } from './application/ports/roster-repository';
import { ShiftRepository } from './application/ports/shift-repository';
import { StructureReadModel } from './application/ports/structure-read-model';
import { SupervisionReadModel } from './application/ports/supervision-read-model';
import { UnitRepository } from './application/ports/unit-repository';
import { WorkScheduleRepository } from './application/ports/work-schedule-repository';
import { CalendarQueries } from './application/queries/calendar.queries';
import { EmployeeQueries } from './application/queries/employee.queries';
import { StructureQueries } from './application/queries/structure.queries';
import { WorkCalendarQuery } from './application/queries/work-calendar.query';
import { SupervisorResolver } from './application/supervisor-resolver';
import { CalendarController } from './infrastructure/http/calendar.controller';
import { EmployeesController } from './infrastructure/http/employees.controller';
import { PositionsController } from './infrastructure/http/positions.controller';
import { UnitsController } from './infrastructure/http/units.controller';
import { PgAssignmentRepository } from './infrastructure/persistence/pg-assignment.repository';
import { PgCalendarReadModel } from './infrastructure/persistence/pg-calendar.read-model';
import { PgEmployeeReadModel } from './infrastructure/persistence/pg-employee.read-model';
import { PgEmployeeRepository } from './infrastructure/persistence/pg-employee.repository';
import { PgHolidayRepository } from './infrastructure/persistence/pg-holiday.repository';
import { PgPlacementReadModel } from './infrastructure/persistence/pg-placement.read-model';
import { PgPositionRepository } from './infrastructure/persistence/pg-position.repository';
import { PgRosterRepository } from './infrastructure/persistence/pg-roster.repository';
import { PgShiftRepository } from './infrastructure/persistence/pg-shift.repository';
import { PgStructureReadModel } from './infrastructure/persistence/pg-structure.read-model';
import { PgSupervisionReadModel } from './infrastructure/persistence/pg-supervision.read-model';
import { PgUnitRepository } from './infrastructure/persistence/pg-unit.repository';
import { PgWorkScheduleRepository } from './infrastructure/persistence/pg-work-schedule.repository';
import { AccessPolicy } from './public/access-policy';
import { EmployeeProfilesFacade } from './public/employee-profiles.facade';
import { SupervisionFacade } from './public/supervision.facade';
import { UnitTreeFacade } from './public/unit-tree.facade';
import { WorkCalendarsFacade } from './public/work-calendars.facade';

@Module({
  controllers: [UnitsController, PositionsController, EmployeesController, CalendarController],
  providers: [
    { provide: UnitRepository, useClass: PgUnitRepository },
    { provide: PositionRepository, useClass: PgPositionRepository },
    { provide: EmployeeRepository, useClass: PgEmployeeRepository },
    { provide: AssignmentRepository, useClass: PgAssignmentRepository },
    { provide: HolidayRepository, useClass: PgHolidayRepository },
    { provide: WorkScheduleRepository, useClass: PgWorkScheduleRepository },
    { provide: ShiftRepository, useClass: PgShiftRepository },
    { provide: RosterRepository, useClass: PgRosterRepository },
    { provide: StructureReadModel, useClass: PgStructureReadModel },
    { provide: EmployeeReadModel, useClass: PgEmployeeReadModel },
    { provide: PlacementReadModel, useClass: PgPlacementReadModel },
    { provide: SupervisionReadModel, useClass: PgSupervisionReadModel },
    { provide: CalendarReadModel, useClass: PgCalendarReadModel },
    OrganizationIntegrationEvents,
    MinistryToday,
    AccessPolicy,
    SupervisorResolver,
    WorkCalendarQuery,
    StructureQueries,
    EmployeeQueries,
    CalendarQueries,
    WorkCalendarsFacade,
    SupervisionFacade,
    EmployeeProfilesFacade,
    UnitTreeFacade,
    CreateUnitHandler,
    UpdateUnitHandler,
    CreatePositionHandler,
    UpdatePositionHandler,
    RegradePositionHandler,
    SetKelasCeilingHandler,
    PositionRegrades,
    ClosedMonths,
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
  exports: [AccessPolicy, WorkCalendarsFacade, SupervisionFacade, EmployeeProfilesFacade, UnitTreeFacade],
})
export class OrganizationModule {}

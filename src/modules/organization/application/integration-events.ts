import { Injectable, OnModuleInit } from '@nestjs/common';
import { IntegrationEventTranslators } from '../../../platform/write/integration-event-translators';
import { EmployeeCreated, EmployeeStatusChanged } from '../domain/employee';
import { AssignmentEnded, EmployeeAssigned } from '../domain/position-assignment';
import { UnitPlacementChanged } from '../domain/unit';
import { PositionRegraded } from '../domain/position-kelas';
import {
  ASSIGNMENT_ENDED_V1,
  AssignmentEndedV1,
  EMPLOYEE_ASSIGNED_V1,
  EMPLOYEE_CREATED_V1,
  EMPLOYEE_STATUS_CHANGED_V1,
  EmployeeAssignedV1,
  EmployeeCreatedV1,
  EmployeeStatusChangedV1,
  UNIT_CHANGED_V1,
  UnitChangedV1,
  POSITION_REGRADED_V1,
  PositionRegradedV1,
} from '../public/events';
import { assignmentView } from './commands/assign-employee';

const source = 'organization';

/** How Organization's domain events leave the module: as the versioned contracts of public/events.ts. */
@Injectable()
export class OrganizationIntegrationEvents implements OnModuleInit {
  constructor(private readonly translators: IntegrationEventTranslators) {}

  onModuleInit(): void {
    // Receivers key an employee's creation by NIP (how identity and payroll know people), the rest by id.
    this.translators.register<EmployeeCreated>('EmployeeCreated', ({ employee, status, statusSince }) => ({
      type: EMPLOYEE_CREATED_V1,
      source,
      subject: `employees/${employee.nip}`,
      data: { employeeId: employee.id, nip: employee.nip, name: employee.name, status, statusSince } satisfies EmployeeCreatedV1,
    }));
    this.translators.register<EmployeeStatusChanged>('EmployeeStatusChanged', ({ employeeId, status, effectiveDate }) => ({
      type: EMPLOYEE_STATUS_CHANGED_V1,
      source,
      subject: `employees/${employeeId}`,
      data: { employeeId, status, effectiveDate } satisfies EmployeeStatusChangedV1,
    }));
    this.translators.register<EmployeeAssigned>('EmployeeAssigned', ({ assignment, unitId }) => ({
      type: EMPLOYEE_ASSIGNED_V1,
      source,
      subject: `employees/${assignment.employeeId}`,
      data: { ...assignmentView(assignment), assignmentId: assignment.id, unitId } satisfies EmployeeAssignedV1,
    }));
    this.translators.register<AssignmentEnded>('AssignmentEnded', ({ employeeId, assignmentId, endDate }) => ({
      type: ASSIGNMENT_ENDED_V1,
      source,
      subject: `employees/${employeeId}`,
      data: { employeeId, assignmentId, endDate } satisfies AssignmentEndedV1,
    }));
    this.translators.register<UnitPlacementChanged>('UnitPlacementChanged', ({ unitId, parentId, timeZone }) => ({
      type: UNIT_CHANGED_V1,
      source,
      subject: `units/${unitId}`,
      data: { unitId, parentId, timeZone } satisfies UnitChangedV1,
    }));
    this.translators.register<PositionRegraded>('PositionRegraded', ({ positionId, unitId, kelas, previousKelas, effectiveDate, reason }) => ({
      type: POSITION_REGRADED_V1,
      source,
      subject: `positions/${positionId}`,
      data: { positionId, unitId, kelas, previousKelas, effectiveDate, reason } satisfies PositionRegradedV1,
    }));
  }
}

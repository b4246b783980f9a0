import { ApiProperty } from '@nestjs/swagger';
import { ASSIGNMENT_TYPES } from '../../domain/assignment';
import { EMPLOYEE_STATUSES } from '../../domain/employee-status';
import { POSITION_KINDS } from '../../domain/position';
import { UNIT_TYPES } from '../../domain/unit';

const SEXES = ['MALE', 'FEMALE'];
const ACTING_TYPES = ASSIGNMENT_TYPES.filter((t) => t !== 'DEFINITIVE');

export class UnitResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'BRSPDM-MKS' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: UNIT_TYPES }) type: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null only for the root (the ministry)' }) parentId: string | null;
  @ApiProperty({ example: 'Asia/Makassar' }) timeZone: string;
  @ApiProperty() isSatker: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: the parent unit’s schedule applies' }) workScheduleId: string | null;
}

export class UnitPage {
  @ApiProperty({ type: [UnitResponse] }) items: UnitResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'cursor of the next page; null on the last' }) next: string | null;
}

export class KelasCeilingResponse {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ minimum: 1, maximum: 17 }) kelas: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the unit the ceiling was set on; null: the default' }) setOnUnitId: string | null;
}

export class UnitWorkScheduleResponse {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) workScheduleId: string | null;
}

export class PositionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'KABALAI-MKS' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: POSITION_KINDS }) kind: string;
  @ApiProperty({ minimum: 1, maximum: 17 }) kelas: number;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentPositionId: string | null;
}

export class PositionPage {
  @ApiProperty({ type: [PositionResponse] }) items: PositionResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'cursor of the next page; null on the last' }) next: string | null;
}

export class KelasChangeResponse {
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'null: the kelas the position was created with' }) effectiveFrom: string | null;
  @ApiProperty({ minimum: 1, maximum: 17 }) kelas: number;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
}

export class RegradeResponse {
  @ApiProperty({ format: 'uuid' }) positionId: string;
  @ApiProperty({ type: [KelasChangeResponse], description: 'the kelas history, oldest first' }) history: KelasChangeResponse[];
}

export class StatusChangeResponse {
  @ApiProperty({ enum: EMPLOYEE_STATUSES }) status: string;
  @ApiProperty({ format: 'date' }) effectiveDate: string;
}

export class StatusHistoryResponse {
  @ApiProperty({ type: [StatusChangeResponse] }) items: StatusChangeResponse[];
}

export class EmployeeStatusChangedResponse {
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty({ type: [StatusChangeResponse] }) history: StatusChangeResponse[];
}

export class AssignmentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty({ format: 'uuid' }) positionId: string;
  @ApiProperty({ enum: ASSIGNMENT_TYPES }) type: string;
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'last day held, inclusive' }) endDate: string | null;
}

export class AssignmentList {
  @ApiProperty({ type: [AssignmentResponse] }) items: AssignmentResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'always null: the whole list' }) next: null;
}

export class EmployeeListItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '198507142010011003' }) nip: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date' }) birthDate: string;
  @ApiProperty({ enum: SEXES }) sex: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'placement on the date asked' }) unitId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) positionId: string | null;
}

export class EmployeePage {
  @ApiProperty({ type: [EmployeeListItem] }) items: EmployeeListItem[];
  @ApiProperty({ type: String, nullable: true, description: 'cursor of the next page; null on the last' }) next: string | null;
}

class EmployeeCore {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '198507142010011003' }) nip: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date' }) birthDate: string;
  @ApiProperty({ enum: SEXES }) sex: string;
  @ApiProperty({ enum: EMPLOYEE_STATUSES, nullable: true, description: 'the status today' }) status: string | null;
}

export class CreatedEmployeeResponse extends EmployeeCore {
  @ApiProperty({ format: 'date' }) statusSince: string;
}

export class EmployeeResponse extends EmployeeCore {
  @ApiProperty({ type: [StatusChangeResponse] }) statusHistory: StatusChangeResponse[];
  @ApiProperty({ type: [AssignmentResponse] }) assignments: AssignmentResponse[];
}

export class SupervisorResponse {
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty({ format: 'uuid' }) positionId: string;
  @ApiProperty({ enum: ACTING_TYPES, nullable: true, description: 'PLT or PLH when a stand-in supervises; null: the definitive holder' }) acting: string | null;
  @ApiProperty({ format: 'date' }) date: string;
}

export class HolidayResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: a national holiday' }) unitId: string | null;
  @ApiProperty({ description: 'cuti bersama: counted against annual leave' }) collectiveLeave: boolean;
}

export class HolidayList {
  @ApiProperty({ type: [HolidayResponse] }) items: HolidayResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'always null: the whole range' }) next: null;
}

export class WorkScheduleResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({
    description: 'ISO weekday "1" (Monday) … "7" → hours, or null for a day off',
    type: 'object',
    additionalProperties: {
      type: 'object',
      nullable: true,
      required: ['start', 'end', 'breakStart', 'breakEnd'],
      properties: { start: { type: 'string' }, end: { type: 'string' }, breakStart: { type: 'string', nullable: true }, breakEnd: { type: 'string', nullable: true } },
    },
  })
  days: Record<string, { start: string; end: string; breakStart: string | null; breakEnd: string | null } | null>;
}

export class WorkScheduleList {
  @ApiProperty({ type: [WorkScheduleResponse] }) items: WorkScheduleResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'always null: the whole list' }) next: null;
}

export class ShiftResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'MALAM' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: '22:00' }) start: string;
  @ApiProperty({ example: '06:00' }) end: string;
  @ApiProperty() breakMinutes: number;
  @ApiProperty({ description: 'the shift ends the day after it starts' }) crossesMidnight: boolean;
}

export class ShiftList {
  @ApiProperty({ type: [ShiftResponse] }) items: ShiftResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'always null: the whole list' }) next: null;
}

export class RosterEntryResponse {
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty({ format: 'date', description: 'the date the shift starts' }) date: string;
  @ApiProperty({ format: 'uuid' }) shiftId: string;
}

export class RosterList {
  @ApiProperty({ type: [RosterEntryResponse] }) items: RosterEntryResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'always null: the whole month' }) next: null;
}

export class RosterSetResponse {
  @ApiProperty({ description: 'how many entries were stored' }) accepted: number;
}

import { Assignment, AssignmentType } from '../../domain/assignment';
import { EmployeeRecord } from '../../domain/employee';
import { Holiday } from '../../domain/holiday-calendar';
import { KelasJabatan } from '../../domain/kelas-jabatan.value-object';
import { Position, PositionKind } from '../../domain/position';
import { UnitType } from '../../domain/unit';
import { NamedShift } from '../../application/ports/shift-repository';
import { UnitRecord } from '../../application/ports/unit-repository';

/* Row mappers: the database speaks snake_case, the domain camelCase. */
export const toUnit = (r: any): UnitRecord => ({
  id: r.id,
  code: r.code,
  name: r.name,
  type: r.type as UnitType,
  parentId: r.parent_id,
  timeZone: r.time_zone,
  isSatker: r.is_satker,
  path: r.path,
  workScheduleId: r.work_schedule_id,
});

export const toPosition = (r: any): Position => ({
  id: r.id,
  code: r.code,
  name: r.name,
  kind: r.kind as PositionKind,
  kelas: r.kelas as KelasJabatan,
  unitId: r.unit_id,
  parentPositionId: r.parent_position_id,
});

export const toEmployee = (r: any): EmployeeRecord => ({ id: r.id, nip: r.nip, name: r.name, birthDate: r.birth_date, sex: r.sex });

export const toAssignment = (r: any): Assignment => ({
  id: r.id,
  employeeId: r.employee_id,
  positionId: r.position_id,
  type: r.type as AssignmentType,
  startDate: r.start_date,
  endDate: r.end_date,
});

export const toHoliday = (r: any): Holiday => ({ id: r.id, date: r.date, name: r.name, unitId: r.unit_id, collectiveLeave: r.collective_leave });

export const toShift = (r: any): NamedShift => ({
  id: r.id,
  code: r.code,
  name: r.name,
  start: r.start_time,
  end: r.end_time,
  breakMinutes: r.break_minutes,
  crossesMidnight: r.end_time <= r.start_time,
});

import { ApiProperty } from '@nestjs/swagger';
import { ABSENCE_TYPES } from '../../domain/attendance-code';

const DIRECTIONS = ['IN', 'OUT'];
const SOURCES = ['SELF', 'DEVICE', 'IMPORT', 'CORRECTION'];
const REQUEST_STATUSES = ['SUBMITTED', 'APPROVED', 'REJECTED'];
const PERMIT_TYPES = ['LATE_ARRIVAL', 'EARLY_LEAVE', 'MISSING_PUNCH'];
const ALWAYS_NULL = 'always null: the whole list';

export class ClockedResponse {
  @ApiProperty({ description: 'the clock event id' }) id: string;
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty({ format: 'date-time', description: 'UTC instant' }) at: string;
  @ApiProperty({ enum: DIRECTIONS, nullable: true }) direction: string | null;
  @ApiProperty({ enum: SOURCES }) source: string;
  @ApiProperty({ description: 'true: the same instant was already recorded, nothing new was stored' }) duplicate: boolean;
}

export class CorrectedClockEventResponse {
  @ApiProperty() id: string;
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ enum: DIRECTIONS, nullable: true }) direction: string | null;
  @ApiProperty({ enum: SOURCES }) source: string;
  @ApiProperty() reason: string;
}

export class VoidedClockEventResponse {
  @ApiProperty() id: string;
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ enum: DIRECTIONS, nullable: true }) direction: string | null;
  @ApiProperty({ enum: [true] }) voided: boolean;
  @ApiProperty() reason: string;
}

export class RejectedRow {
  @ApiProperty({ description: 'position of the row in the body, from 0' }) index: number;
  @ApiProperty({ example: 'UNKNOWN_NIP' }) code: string;
  @ApiProperty() detail: string;
}

export class IntakeReportResponse {
  @ApiProperty({ description: 'rows stored' }) accepted: number;
  @ApiProperty({ description: 'rows whose (nip, at) was already recorded' }) duplicates: number;
  @ApiProperty({ type: [RejectedRow] }) rejected: RejectedRow[];
}

export class ListedClockEventResponse {
  @ApiProperty() id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ enum: DIRECTIONS, nullable: true }) direction: string | null;
  @ApiProperty({ enum: SOURCES }) source: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) deviceId: string | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'set once voided: it no longer counts' }) voidedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) voidReason: string | null;
}

export class ClockEventList {
  @ApiProperty({ type: [ListedClockEventResponse] }) items: ListedClockEventResponse[];
  @ApiProperty({ type: String, nullable: true, description: ALWAYS_NULL }) next: null;
}

export class AttendanceDayResponse {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ type: [String], example: ['TL1'], description: 'codes of the day: H, TL1…TL4, PSW1…PSW4, TK, leave codes (CT, CS, …), or HOLIDAY / OFF when nothing is owed' })
  codes: string[];
  @ApiProperty({ type: String, nullable: true, example: '07:41:00', description: "local time in the unit's zone" }) clockIn: string | null;
  @ApiProperty({ type: String, nullable: true, example: '16:02:00' }) clockOut: string | null;
  @ApiProperty({ type: Number, nullable: true }) lateMinutes: number | null;
  @ApiProperty({ type: Number, nullable: true }) earlyMinutes: number | null;
  @ApiProperty({ example: '0.5', description: 'decimal string' }) deductionPercent: string;
  @ApiProperty() explanation: string;
  @ApiProperty({ enum: ['OVER', 'IN_PROGRESS', 'UPCOMING'] }) status: string;
}

const COUNTS = {
  type: 'object',
  additionalProperties: { type: 'integer' },
  example: { H: 20, TL1: 1 },
  description: 'days per attendance code (codes with none left out)',
} as const;

export class AttendanceSummaryResponse {
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty({ example: '2026-06' }) month: string;
  @ApiProperty() workingDays: number;
  @ApiProperty(COUNTS) counts: Record<string, number>;
  @ApiProperty({ example: '1.5', description: 'decimal string' }) attendancePercent: string;
  @ApiProperty({ example: '0', description: 'decimal string' }) leavePercent: string;
}

export class RecapRowResponse extends AttendanceSummaryResponse {
  @ApiProperty() nip: string;
  @ApiProperty() name: string;
}

class RecapUnit {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

export class AttendanceRecapResponse {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ example: '2026-06' }) month: string;
  @ApiProperty({ type: RecapUnit }) unit: RecapUnit;
  @ApiProperty() title: string;
  @ApiProperty({ type: [RecapRowResponse] }) items: RecapRowResponse[];
}

export class AnnualLeaveResponse {
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty() year: number;
  @ApiProperty({ description: 'working days' }) entitlement: number;
  @ApiProperty() carriedOver: number;
  @ApiProperty() available: number;
  @ApiProperty({ description: 'cuti bersama included' }) used: number;
  @ApiProperty() remaining: number;
}

const PARAMETERS = {
  type: 'object',
  additionalProperties: true,
  description:
    'every parameter of the policy (workSchedule, lateness and absence percents, caps, shiftEventWindow, sickLeave, annualLeave, …), as POST /attendance/policies takes them',
} as const;

export class PolicySetResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) effectiveFrom: string;
  @ApiProperty(PARAMETERS) parameters: object;
}

export class PolicyVersionResponse extends PolicySetResponse {
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class PolicyVersionList {
  @ApiProperty({ type: [PolicyVersionResponse] }) items: PolicyVersionResponse[];
  @ApiProperty({ type: String, nullable: true, description: ALWAYS_NULL }) next: null;
}

export class PolicyInForceResponse {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: the built-in default policy' }) id: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) effectiveFrom: string | null;
  @ApiProperty(PARAMETERS) parameters: object;
}

class SanctionsLink {
  @ApiProperty({ description: 'where the sanctions on this alert are listed' }) href: string;
  @ApiProperty({ description: 'sanctions in force' }) inForce: number;
}

export class DisciplineAlertResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) unitId: string | null;
  @ApiProperty() year: number;
  @ApiProperty() tkDays: number;
  @ApiProperty({ enum: ['RINGAN', 'SEDANG', 'BERAT'] }) severity: string;
  @ApiProperty() sanction: string;
  @ApiProperty({ format: 'date-time' }) detectedAt: string;
  @ApiProperty({ type: SanctionsLink }) sanctions: SanctionsLink;
}

export class DisciplineAlertPage {
  @ApiProperty({ type: [DisciplineAlertResponse] }) items: DisciplineAlertResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'cursor of the next page; null on the last' }) next: string | null;
}

export class ScanReportResponse {
  @ApiProperty() year: number;
  @ApiProperty({ format: 'date' }) through: string;
  @ApiProperty() employeesScanned: number;
  @ApiProperty() alertsRaised: number;
}

export class DeviceResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) unitId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt: string | null;
}

export class RegisteredDeviceResponse extends DeviceResponse {
  @ApiProperty({ description: 'the device key, shown in this response only' }) key: string;
}

export class DeviceList {
  @ApiProperty({ type: [DeviceResponse] }) items: DeviceResponse[];
  @ApiProperty({ type: String, nullable: true, description: ALWAYS_NULL }) next: null;
}

export class AbsenceResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty({ enum: ABSENCE_TYPES }) type: string;
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ format: 'date' }) endDate: string;
  @ApiProperty() reason: string;
  @ApiProperty({ enum: REQUEST_STATUSES }) status: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the approval note or the rejection reason' }) decisionReason: string | null;
}

export class AbsencePage {
  @ApiProperty({ type: [AbsenceResponse] }) items: AbsenceResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'cursor of the next page; null on the last' }) next: string | null;
}

export class PermitResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty({ enum: PERMIT_TYPES }) type: string;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ type: String, nullable: true, description: 'MISSING_PUNCH: the local time of the punch' }) time: string | null;
  @ApiProperty() reason: string;
  @ApiProperty({ enum: REQUEST_STATUSES }) status: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the approval note or the rejection reason' }) decisionReason: string | null;
}

export class PermitPage {
  @ApiProperty({ type: [PermitResponse] }) items: PermitResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'cursor of the next page; null on the last' }) next: string | null;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES } from '../../../../platform/auth/actor';

const ACTING_TYPES = ['PLT', 'PLH'];

export class RoleGrantResponse {
  @ApiProperty({ enum: ROLES }) role: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'only UNIT_ADMIN is scoped: to this unit and its sub-units' }) unitId: string | null;
}

export class RoleGrantList {
  @ApiProperty({ type: [RoleGrantResponse] }) items: RoleGrantResponse[];
}

class MeUnit {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) code: string | null;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
}

class MePosition {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
}

class MeSupervisor {
  @ApiProperty({ format: 'uuid' }) employeeId: string;
  @ApiProperty() nip: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ACTING_TYPES, nullable: true, description: 'PLT or PLH when a stand-in supervises today' }) acting: string | null;
}

/** An account without an employee record (a bootstrap administrator) has null in every employee field. */
export class WhoAmIResponse {
  @ApiProperty() username: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) employeeId: string | null;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: string[];
  @ApiProperty({ type: [RoleGrantResponse] }) grants: RoleGrantResponse[];
  @ApiPropertyOptional({ description: 'present (true) while an administrator-set password must be changed' }) mustChangePassword?: boolean;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ type: String, nullable: true }) nip: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'the day unit, position and supervisor are read for (today)' }) date: string | null;
  @ApiProperty({ type: MeUnit, nullable: true }) unit: MeUnit | null;
  @ApiProperty({ type: MePosition, nullable: true }) position: MePosition | null;
  @ApiProperty({ type: MeSupervisor, nullable: true }) supervisor: MeSupervisor | null;
}

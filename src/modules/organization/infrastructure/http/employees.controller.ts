import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { Actor } from '../../../../platform/auth/actor';
import { CurrentActor, Roles } from '../../../../platform/auth/decorators';
import { decodeCursor, PageQuery, toPage } from '../../../../platform/http/pagination';
import { IsLocalDate } from '../../../../platform/http/validators';
import { CommandPipeline } from '../../../../platform/write/command-pipeline';
import { AssignEmployee, EndAssignment } from '../../application/commands/assign-employee';
import { ChangeEmployeeStatus } from '../../application/commands/change-employee-status';
import { CreateEmployee } from '../../application/commands/create-employee';
import { EmployeeQueries } from '../../application/queries/employee.queries';
import { ASSIGNMENT_TYPES } from '../../domain/assignment';
import { EMPLOYEE_STATUSES, INITIAL_STATUSES } from '../../domain/employee-status';
import {
  AssignmentList,
  AssignmentResponse,
  CreatedEmployeeResponse,
  EmployeePage,
  EmployeeResponse,
  EmployeeStatusChangedResponse,
  StatusHistoryResponse,
  SupervisorResponse,
} from './organization-responses';

// The NIP's inner structure is checked by the domain so each defect gets its own code and message.
class CreateEmployeeRequest {
  @ApiProperty({ example: '198507142010011003', description: '18 digits: birth date YYYYMMDD, appointment month YYYYMM, sex 1|2, sequence NNN' })
  @IsString()
  @MaxLength(18)
  nip: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) name: string;
  @ApiProperty({ enum: INITIAL_STATUSES }) @IsIn(INITIAL_STATUSES) status: string;
  @ApiProperty({ example: '2010-01-01' }) @IsLocalDate() statusSince: string;
  // Left out means "no login"; null is not a password, and @IsOptional would let it through to the hasher.
  @ApiPropertyOptional({ description: 'creates a login with username = NIP' })
  @ValidateIf((_, v) => v !== undefined)
  @IsString()
  @MaxLength(200)
  password?: string;
}

class StatusChangeRequest {
  @ApiProperty({ enum: EMPLOYEE_STATUSES }) @IsIn(EMPLOYEE_STATUSES) status: string;
  @ApiProperty() @IsLocalDate() effectiveDate: string;
  @ApiPropertyOptional({ description: 'decree number or note' }) @IsOptional() @IsString() @MaxLength(1000) reason?: string;
}

class AssignmentRequest {
  @ApiProperty() @IsUUID() positionId: string;
  @ApiProperty({ enum: ASSIGNMENT_TYPES }) @IsIn(ASSIGNMENT_TYPES) type: string;
  @ApiProperty() @IsLocalDate() startDate: string;
  @ApiPropertyOptional({ nullable: true, description: 'last day held, inclusive; required for PLH' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsLocalDate()
  endDate?: string | null;
}

class EndAssignmentRequest {
  @ApiProperty({ description: 'last day held, inclusive' }) @IsLocalDate() endDate: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) reason?: string;
}

class EmployeeListQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^\d{18}$/) nip?: string;
  @ApiPropertyOptional({ description: 'placement on this date (default today)' }) @IsOptional() @IsLocalDate() date?: string;
}

class DateQuery {
  @ApiPropertyOptional({ description: 'default today' }) @IsOptional() @IsLocalDate() date?: string;
}

@ApiTags('Organization')
@ApiBearerAuth()
@Controller('employees')
export class EmployeesController {
  constructor(
    private readonly commands: CommandPipeline,
    private readonly queries: EmployeeQueries,
  ) {}

  @Post()
  @Roles('HR_ADMIN', 'UNIT_ADMIN')
  @ApiOperation({ summary: 'Register an employee (NIP validated); with `password` a login is created' })
  @ApiCreatedResponse({ type: CreatedEmployeeResponse })
  create(@CurrentActor() actor: Actor, @Body() body: CreateEmployeeRequest) {
    return this.commands.execute(new CreateEmployee(actor, body));
  }

  @Get()
  @ApiOperation({ summary: 'Employees the caller may see: all (HR, auditor), their subtree (unit admin), or themself' })
  @ApiOkResponse({ type: EmployeePage })
  async list(@CurrentActor() actor: Actor, @Query() q: EmployeeListQuery) {
    const limit = q.limit ?? 100;
    const [after] = decodeCursor(q.cursor, 1) ?? [];
    return toPage(await this.queries.list(actor, { date: q.date, unitId: q.unitId, nip: q.nip, after, limit }), limit, (e) => [e.nip]);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One employee with current status, status history and assignments' })
  @ApiOkResponse({ type: EmployeeResponse })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.queries.employee(actor, id);
  }

  @Post(':id/status-changes')
  @Roles('HR_ADMIN', 'UNIT_ADMIN')
  @ApiOperation({ summary: 'Record a status change from a date (PNS, CPNS, PPPK, STUDY_ASSIGNMENT, UNPAID_LEAVE, SUSPENDED, RETIRED)' })
  @ApiCreatedResponse({ type: EmployeeStatusChangedResponse })
  changeStatus(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: StatusChangeRequest) {
    return this.commands.execute(new ChangeEmployeeStatus(actor, id, body.status, body.effectiveDate, body.reason ?? null));
  }

  @Get(':id/status-changes')
  @ApiOperation({ summary: 'The status history' })
  @ApiOkResponse({ type: StatusHistoryResponse })
  async statusHistory(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return { items: await this.queries.statusHistory(actor, id) };
  }

  @Post(':id/assignments')
  @Roles('HR_ADMIN', 'UNIT_ADMIN')
  @ApiOperation({ summary: 'Assign to a position: DEFINITIVE (one at a time), PLT (vacant post) or PLH (stand-in while the head is away)' })
  @ApiCreatedResponse({ type: AssignmentResponse })
  assign(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: AssignmentRequest) {
    return this.commands.execute(new AssignEmployee(actor, id, body));
  }

  @Get(':id/assignments')
  @ApiOperation({ summary: 'All assignments of the employee, oldest first' })
  @ApiOkResponse({ type: AssignmentList })
  async assignments(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return { items: await this.queries.assignments(actor, id), next: null };
  }

  @Get(':id/assignments/:assignmentId')
  @ApiOperation({ summary: 'One assignment' })
  @ApiOkResponse({ type: AssignmentResponse })
  assignment(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Param('assignmentId', ParseUUIDPipe) assignmentId: string) {
    return this.queries.assignment(actor, id, assignmentId);
  }

  @Post(':id/assignments/:assignmentId/end')
  @Roles('HR_ADMIN', 'UNIT_ADMIN')
  @ApiOperation({ summary: 'End an assignment (transfer, promotion, retirement, Plt relieved)' })
  @ApiCreatedResponse({ type: AssignmentResponse })
  end(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Param('assignmentId', ParseUUIDPipe) assignmentId: string, @Body() body: EndAssignmentRequest) {
    return this.commands.execute(new EndAssignment(actor, id, assignmentId, body.endDate, body.reason ?? null));
  }

  @Get(':id/supervisor')
  @ApiOperation({ summary: 'The direct supervisor on a date: Plh first, then the definitive holder, then a Plt; vacant → next position up' })
  @ApiOkResponse({ type: SupervisorResponse })
  supervisor(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Query() q: DateQuery) {
    return this.queries.supervisor(actor, id, q.date);
  }
}

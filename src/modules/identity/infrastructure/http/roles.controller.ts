import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Actor, Role, ROLES } from '../../../../platform/auth/actor';
import { CurrentActor, Roles } from '../../../../platform/auth/decorators';
import { CommandPipeline } from '../../../../platform/write/command-pipeline';
import { GrantRole, RevokeRole } from '../../application/commands/grant-role';
import { SetEmployeePassword } from '../../application/commands/set-employee-password';
import { RoleGrants } from '../../application/queries/role-grants';
import { RoleGrantList, RoleGrantResponse } from './identity-responses';

class RoleRequest {
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES) role: Role;
  @ApiPropertyOptional({ description: 'required for UNIT_ADMIN: the root of the subtree administered' })
  @IsOptional()
  @IsUUID()
  unitId?: string;
}

class PasswordRequest {
  @ApiProperty({ description: 'at least 10 characters, letters and digits' }) @IsString() @MaxLength(200) password: string;
}

@ApiTags('Accounts')
@ApiBearerAuth()
@Controller('employees/:id')
export class RolesController {
  constructor(
    private readonly commands: CommandPipeline,
    private readonly grants: RoleGrants,
  ) {}

  @Post('roles')
  @Roles('HR_ADMIN')
  @ApiOperation({ summary: 'Grant a role to an employee’s login (UNIT_ADMIN needs unitId)' })
  @ApiCreatedResponse({ type: RoleGrantResponse })
  grant(@Param('id', ParseUUIDPipe) id: string, @Body() body: RoleRequest) {
    return this.commands.execute(new GrantRole(id, body.role, body.unitId ?? null));
  }

  @Post('roles/revoke')
  @HttpCode(204)
  @Roles('HR_ADMIN')
  @ApiOperation({ summary: 'Withdraw a role grant' })
  @ApiNoContentResponse({ description: 'The grant is withdrawn' })
  async revoke(@Param('id', ParseUUIDPipe) id: string, @Body() body: RoleRequest): Promise<void> {
    await this.commands.execute(new RevokeRole(id, body.role, body.unitId ?? null));
  }

  @Get('roles')
  @Roles('HR_ADMIN', 'AUDITOR')
  @ApiOperation({ summary: 'The role grants of an employee’s login' })
  @ApiOkResponse({ type: RoleGrantList })
  list(@Param('id', ParseUUIDPipe) id: string) {
    return this.grants.ofEmployee(id);
  }

  @Post('login')
  @HttpCode(204)
  @ApiOperation({ summary: 'Create the employee’s login (username = NIP) or, when it exists, reset its password' })
  @ApiNoContentResponse({ description: 'The login is created or its password reset' })
  async setPassword(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: PasswordRequest): Promise<void> {
    await this.commands.execute(new SetEmployeePassword(actor, id, body.password));
  }
}

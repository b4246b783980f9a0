import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Actor, Role, ROLES } from '../../../../platform/auth/actor';
import { CurrentActor, Roles } from '../../../../platform/auth/decorators';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { AccessPolicy } from '../../../organization/public/access-policy';
import { EmployeeProfilesFacade } from '../../../organization/public/employee-profiles.facade';
import { Accounts } from '../../application/accounts';
import { GrantRole, RevokeRole } from '../../application/commands/grant-role';

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
    private readonly commands: CommandBus,
    private readonly uow: UnitOfWork,
    private readonly accounts: Accounts,
    private readonly access: AccessPolicy,
    private readonly profiles: EmployeeProfilesFacade,
  ) {}

  @Post('roles')
  @Roles('HR_ADMIN')
  @ApiOperation({ summary: 'Grant a role to an employee’s login (UNIT_ADMIN needs unitId)' })
  grant(@Param('id', ParseUUIDPipe) id: string, @Body() body: RoleRequest) {
    return this.commands.execute(new GrantRole(id, body.role, body.unitId ?? null));
  }

  @Post('roles/revoke')
  @HttpCode(204)
  @Roles('HR_ADMIN')
  @ApiOperation({ summary: 'Withdraw a role grant' })
  async revoke(@Param('id', ParseUUIDPipe) id: string, @Body() body: RoleRequest): Promise<void> {
    await this.commands.execute(new RevokeRole(id, body.role, body.unitId ?? null));
  }

  @Get('roles')
  @Roles('HR_ADMIN', 'AUDITOR')
  @ApiOperation({ summary: 'The role grants of an employee’s login' })
  async list(@Param('id', ParseUUIDPipe) id: string) {
    const rows = await this.uow.query<{ role: Role; unit_id: string | null }>(
      `SELECT g.role, g.unit_id FROM identity.role_grants g JOIN identity.users u ON u.id = g.user_id WHERE u.employee_id = $1 ORDER BY g.granted_at`,
      [id],
    );
    return { items: rows.map((r) => ({ role: r.role, unitId: r.unit_id })) };
  }

  @Post('login')
  @HttpCode(204)
  @ApiOperation({ summary: 'Create the employee’s login (username = NIP) or, when it exists, reset its password' })
  async setPassword(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: PasswordRequest): Promise<void> {
    await this.access.assertCanAdministerEmployee(actor, id);
    await this.uow.run(async () => {
      const exists = await this.uow.query(`SELECT 1 FROM identity.users WHERE employee_id = $1`, [id]);
      if (exists.length > 0) await this.accounts.resetPassword(id, body.password);
      else await this.accounts.createFor(id, await this.profiles.nipOf(id), body.password);
    });
  }
}

import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmployeeLogins } from '../organization/public/employee-logins.port';
import { OrganizationModule } from '../organization/organization.module';
import { Accounts } from './application/accounts';
import { GrantRoleHandler, RevokeRoleHandler } from './application/commands/grant-role';
import { LoginHandler } from './application/commands/login';
import { LogoutHandler } from './application/commands/logout';
import { RefreshTokensHandler } from './application/commands/refresh-tokens';
import { EndSessionsWhenEmployeeLeaves } from './application/event-handlers/end-sessions-when-employee-leaves';
import { TokenIssuer } from './application/token-issuer';
import { AuthController } from './infrastructure/http/auth.controller';
import { RolesController } from './infrastructure/http/roles.controller';
import { RefreshTokenEntity, RoleGrantEntity, UserEntity } from './infrastructure/persistence/identity.entities';
import { IdentityFacade } from './public/identity.facade';

/**
 * Accounts, credentials, sessions and role grants. Global so that Organization can reach the
 * EmployeeLogins port it declares without a module cycle.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, RoleGrantEntity, RefreshTokenEntity]), JwtModule.register({}), OrganizationModule],
  controllers: [AuthController, RolesController],
  providers: [
    TokenIssuer,
    Accounts,
    IdentityFacade,
    { provide: EmployeeLogins, useExisting: Accounts },
    LoginHandler,
    RefreshTokensHandler,
    LogoutHandler,
    GrantRoleHandler,
    RevokeRoleHandler,
    EndSessionsWhenEmployeeLeaves,
  ],
  exports: [IdentityFacade, EmployeeLogins],
})
export class IdentityModule {}

import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { EmployeeLogins } from '../organization/public/employee-logins.port';
import { OrganizationModule } from '../organization/organization.module';
import { Accounts } from './application/accounts';
import { ChangeOwnPasswordHandler } from './application/commands/change-own-password';
import { CreateAccountHandler, CreateFirstAdminHandler } from './application/commands/create-account';
import { GrantRoleHandler, RevokeRoleHandler } from './application/commands/grant-role';
import { LoginHandler } from './application/commands/login';
import { EndSessionHandler, LogoutHandler } from './application/commands/logout';
import { PurgeLoginAttemptsHandler } from './application/commands/purge-login-attempts';
import { RefreshTokensHandler } from './application/commands/refresh-tokens';
import { RevokeSessionsHandler } from './application/commands/revoke-sessions';
import { SetEmployeePasswordHandler } from './application/commands/set-employee-password';
import { EndSessionsWhenEmployeeLeaves } from './application/event-handlers/end-sessions-when-employee-leaves';
import { LoginAttemptsPurgeJob } from './application/login-attempts-purge.job';
import { PasswordGuessThrottle } from './application/password-guess-throttle';
import { AccessTokenSigner } from './application/ports/access-token-signer';
import { LoginAccountRepository } from './application/ports/login-account.repository';
import { LoginAttempts } from './application/ports/login-attempts';
import { PasswordHasher } from './application/ports/password-hasher';
import { RefreshTokenRepository } from './application/ports/refresh-token.repository';
import { WhoAmI } from './application/queries/who-am-i';
import { RoleGrants } from './application/queries/role-grants';
import { TokenIssuer } from './application/token-issuer';
import { Argon2PasswordHasher } from './infrastructure/crypto/argon2-password-hasher';
import { JwtAccessTokenSigner } from './infrastructure/crypto/jwt-access-token-signer';
import { SessionController } from './infrastructure/http/session.controller';
import { AuthController } from './infrastructure/http/auth.controller';
import { RolesController } from './infrastructure/http/roles.controller';
import { PgLoginAccountRepository } from './infrastructure/persistence/pg-login-account.repository';
import { PgLoginAttempts } from './infrastructure/persistence/pg-login-attempts';
import { PgRefreshTokenRepository } from './infrastructure/persistence/pg-refresh-token.repository';
import { IdentityFacade } from './public/identity.facade';

/**
 * Accounts, credentials, sessions and role grants. Global so that Organization can reach the
 * EmployeeLogins port it declares without a module cycle.
 */
@Global()
@Module({
  imports: [JwtModule.register({}), OrganizationModule],
  controllers: [AuthController, SessionController, RolesController],
  providers: [
    { provide: LoginAccountRepository, useClass: PgLoginAccountRepository },
    { provide: RefreshTokenRepository, useClass: PgRefreshTokenRepository },
    { provide: LoginAttempts, useClass: PgLoginAttempts },
    { provide: PasswordHasher, useClass: Argon2PasswordHasher },
    { provide: AccessTokenSigner, useClass: JwtAccessTokenSigner },
    TokenIssuer,
    PasswordGuessThrottle,
    Accounts,
    RoleGrants,
    WhoAmI,
    IdentityFacade,
    { provide: EmployeeLogins, useExisting: Accounts },
    LoginHandler,
    RefreshTokensHandler,
    LogoutHandler,
    EndSessionHandler,
    GrantRoleHandler,
    RevokeRoleHandler,
    SetEmployeePasswordHandler,
    ChangeOwnPasswordHandler,
    CreateAccountHandler,
    CreateFirstAdminHandler,
    RevokeSessionsHandler,
    EndSessionsWhenEmployeeLeaves,
    PurgeLoginAttemptsHandler,
    LoginAttemptsPurgeJob,
  ],
  exports: [IdentityFacade, EmployeeLogins],
})
export class IdentityModule {}

import { Body, Controller, Delete, HttpCode, Inject, Ip, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Actor } from '../../../../platform/auth/actor';
import { AllowedBeforePasswordChange, CurrentActor, Public } from '../../../../platform/auth/decorators';
import { clearedSessionCookies, CSRF_HEADER, REFRESH_COOKIE, readCookie, sessionCookies } from '../../../../platform/auth/session-cookies';
import { APP_CONFIG, AppConfig } from '../../../../platform/config/app-config';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { CommandPipeline } from '../../../../platform/write/command-pipeline';
import { ChangeOwnPassword, changedPasswordTokens, PasswordChangeOutcome } from '../../application/commands/change-own-password';
import { Login } from '../../application/commands/login';
import { EndSession } from '../../application/commands/logout';
import { RefreshTokens } from '../../application/commands/refresh-tokens';
import { SessionOutcome, TokenPair, tokensOf } from '../../application/token-issuer';

class SessionLoginRequest {
  @ApiProperty({ description: 'NIP for employees, or the account username', example: '198507142010011003' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  username: string;

  @ApiProperty({ example: 'demo-Password1' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;
}

class SessionPasswordRequest {
  @ApiProperty({ description: 'the password this session was opened with' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  currentPassword: string;

  @ApiProperty({ description: 'at least 10 characters, letters and digits; not the current one' })
  @IsString()
  @MaxLength(200)
  newPassword: string;
}

class SessionResponse {
  @ApiProperty({ description: 'seconds until the access cookie expires; the console renews it with POST /auth/session/refresh' })
  expiresIn: number;

  @ApiPropertyOptional({ description: 'present (true) when an administrator set this password: the session then opens only POST /auth/session/password' })
  mustChangePassword?: boolean;
}

/**
 * The web console's login: the same login as `POST /auth/login`, but the tokens go into httpOnly cookies
 * instead of the body, so no script on the page can read them. Every route here wants `X-Requested-With`
 * as a login-CSRF guard: a cross-site form cannot log a browser into someone else's account.
 */
@ApiTags('Accounts')
@Controller()
export class SessionController {
  constructor(
    private readonly commands: CommandPipeline,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('auth/session')
  @HttpCode(200)
  @ApiOperation({ summary: 'Console login: sets the httpOnly session cookies (needs X-Requested-With); 401 when wrong, 429 after repeated failures' })
  @ApiOkResponse({ type: SessionResponse })
  async open(@Body() body: SessionLoginRequest, @Ip() address: string, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    requireConsoleHeader(request);
    return this.start(request, reply, tokensOf(await this.commands.execute<SessionOutcome>(new Login(body.username, body.password, address))));
  }

  @Public()
  @Post('auth/session/refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Console: rotate the session cookies with the refresh cookie (needs X-Requested-With); 401 when the session is over' })
  @ApiOkResponse({ type: SessionResponse })
  async refresh(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    requireConsoleHeader(request);
    const refreshToken = readCookie(request, REFRESH_COOKIE);
    if (refreshToken === null) throw new DomainError('unauthenticated', 'SESSION_EXPIRED', 'There is no console session to renew: log in again.');
    return this.start(request, reply, tokensOf(await this.commands.execute<SessionOutcome>(new RefreshTokens(refreshToken))));
  }

  @Post('auth/session/password')
  @HttpCode(200)
  @AllowedBeforePasswordChange()
  @ApiOperation({ summary: 'Console: change your own password (as POST /auth/password); the new session goes into the cookies (needs X-Requested-With)' })
  @ApiOkResponse({ type: SessionResponse })
  async changePassword(
    @CurrentActor() actor: Actor,
    @Body() body: SessionPasswordRequest,
    @Ip() address: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponse> {
    requireConsoleHeader(request);
    const outcome = await this.commands.execute<PasswordChangeOutcome>(new ChangeOwnPassword(actor.userId, body.currentPassword, body.newPassword, address));
    return this.start(request, reply, changedPasswordTokens(outcome));
  }

  @Public()
  @Delete('auth/session')
  @HttpCode(204)
  @ApiOperation({ summary: 'Console logout: ends the session of the refresh cookie and clears both cookies (needs X-Requested-With)' })
  @ApiNoContentResponse({ description: 'The session is ended and both cookies cleared' })
  async close(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    requireConsoleHeader(request);
    const refreshToken = readCookie(request, REFRESH_COOKIE);
    if (refreshToken !== null) await this.commands.execute(new EndSession(refreshToken));
    void reply.header('set-cookie', clearedSessionCookies(request));
  }

  private start(request: FastifyRequest, reply: FastifyReply, tokens: TokenPair): SessionResponse {
    void reply.header('set-cookie', sessionCookies(request, tokens, this.config.refreshTokenTtlDays * 86_400));
    return { expiresIn: tokens.expiresIn, ...(tokens.mustChangePassword ? { mustChangePassword: true } : {}) };
  }
}

function requireConsoleHeader(request: FastifyRequest): void {
  if (!request.headers[CSRF_HEADER]) throw new DomainError('forbidden', 'CSRF_HEADER_MISSING', 'The console session routes must carry the header X-Requested-With.');
}

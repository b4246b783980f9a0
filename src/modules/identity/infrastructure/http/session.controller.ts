import { Body, Controller, Delete, HttpCode, Inject, Ip, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../../../platform/auth/decorators';
import { clearedSessionCookies, CSRF_HEADER, REFRESH_COOKIE, readCookie, sessionCookies } from '../../../../platform/auth/session-cookies';
import { APP_CONFIG, AppConfig } from '../../../../platform/config/app-config';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { CommandPipeline } from '../../../../platform/write/command-pipeline';
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

class SessionResponse {
  @ApiProperty({ description: 'seconds until the access cookie expires; the console renews it with POST /auth/session/refresh' })
  expiresIn: number;
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

  @Public()
  @Delete('auth/session')
  @HttpCode(204)
  @ApiOperation({ summary: 'Console logout: ends the session of the refresh cookie and clears both cookies (needs X-Requested-With)' })
  @ApiNoContentResponse()
  async close(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    requireConsoleHeader(request);
    const refreshToken = readCookie(request, REFRESH_COOKIE);
    if (refreshToken !== null) await this.commands.execute(new EndSession(refreshToken));
    void reply.header('set-cookie', clearedSessionCookies(request));
  }

  private start(request: FastifyRequest, reply: FastifyReply, tokens: TokenPair): SessionResponse {
    void reply.header('set-cookie', sessionCookies(request, tokens, this.config.refreshTokenTtlDays * 86_400));
    return { expiresIn: tokens.expiresIn };
  }
}

function requireConsoleHeader(request: FastifyRequest): void {
  if (!request.headers[CSRF_HEADER]) throw new DomainError('forbidden', 'CSRF_HEADER_MISSING', 'The console session routes must carry the header X-Requested-With.');
}

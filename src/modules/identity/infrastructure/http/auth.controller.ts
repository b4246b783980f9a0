import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { Actor } from '../../../../platform/auth/actor';
import { AllowedBeforePasswordChange, CurrentActor, Public } from '../../../../platform/auth/decorators';
import { CommandPipeline } from '../../../../platform/write/command-pipeline';
import { ChangeOwnPassword, changedPasswordTokens, PasswordChangeOutcome } from '../../application/commands/change-own-password';
import { Login } from '../../application/commands/login';
import { Logout } from '../../application/commands/logout';
import { RefreshTokens } from '../../application/commands/refresh-tokens';
import { WhoAmI } from '../../application/queries/who-am-i';
import { SessionOutcome, TokenPair, tokensOf } from '../../application/token-issuer';
import { WhoAmIResponse } from './identity-responses';

class LoginRequest {
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

class RefreshRequest {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  refreshToken: string;
}

class ChangePasswordRequest {
  @ApiProperty({ description: 'the password this login was opened with' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  currentPassword: string;

  @ApiProperty({ description: 'at least 10 characters, letters and digits; not the current one' })
  @IsString()
  @MaxLength(200)
  newPassword: string;
}

class TokenPairResponse {
  @ApiProperty() accessToken: string;
  @ApiProperty() refreshToken: string;
  @ApiProperty({ description: 'seconds until the access token expires' }) expiresIn: number;
  @ApiProperty({ example: 'Bearer' }) tokenType: string;
  @ApiPropertyOptional({ description: 'present (true) when an administrator set this password: the access token then opens only POST /auth/password' })
  mustChangePassword?: boolean;
}

@ApiTags('Accounts')
@Controller()
export class AuthController {
  constructor(
    private readonly commands: CommandPipeline,
    private readonly whoAmI: WhoAmI,
  ) {}

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in with NIP (or username) and password; 401 when wrong, 429 after repeated failures' })
  @ApiOkResponse({ type: TokenPairResponse })
  async login(@Body() body: LoginRequest, @Ip() address: string): Promise<TokenPair> {
    return tokensOf(await this.commands.execute<SessionOutcome>(new Login(body.username, body.password, address)));
  }

  @Public()
  @Post('auth/refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a refresh token for a new pair; a reused refresh token ends the whole session family' })
  @ApiOkResponse({ type: TokenPairResponse })
  async refresh(@Body() body: RefreshRequest): Promise<TokenPair> {
    return tokensOf(await this.commands.execute<SessionOutcome>(new RefreshTokens(body.refreshToken)));
  }

  @Post('auth/logout')
  @HttpCode(204)
  @AllowedBeforePasswordChange()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'End the session of this refresh token' })
  @ApiNoContentResponse({ description: 'The session is ended' })
  async logout(@CurrentActor() actor: Actor, @Body() body: RefreshRequest): Promise<void> {
    await this.commands.execute(new Logout(actor.userId, body.refreshToken));
  }

  @Get('me')
  @AllowedBeforePasswordChange()
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Who am I: username, employee id, roles and their unit scopes; for an employee also name, NIP, unit, position and supervisor (by name) today',
  })
  @ApiOkResponse({ type: WhoAmIResponse })
  me(@CurrentActor() actor: Actor) {
    return this.whoAmI.of(actor);
  }

  @Post('auth/password')
  @HttpCode(200)
  @AllowedBeforePasswordChange()
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Change your own password; ends your other sessions and answers a new, unrestricted token pair; wrong current passwords are throttled as /auth/login failures (429)',
  })
  @ApiOkResponse({ type: TokenPairResponse })
  async changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordRequest, @Ip() address: string): Promise<TokenPair> {
    return changedPasswordTokens(await this.commands.execute<PasswordChangeOutcome>(new ChangeOwnPassword(actor.userId, body.currentPassword, body.newPassword, address)));
  }
}

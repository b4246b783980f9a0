import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { newId } from '../../../../shared-kernel/ids';
import { AccessTokenClaims, JWT_ISSUER } from '../../../../platform/auth/jwt.strategy';
import { APP_CONFIG, AppConfig } from '../../../../platform/config/app-config';
import { AccessTokenSigner } from '../../application/ports/access-token-signer';

@Injectable()
export class JwtAccessTokenSigner extends AccessTokenSigner {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  sign(claims: AccessTokenClaims): Promise<string> {
    return this.jwt.signAsync(claims, {
      secret: this.config.jwtSecret,
      issuer: JWT_ISSUER,
      algorithm: 'HS256',
      expiresIn: this.config.accessTokenTtlSeconds,
      jwtid: newId(),
    });
  }
}

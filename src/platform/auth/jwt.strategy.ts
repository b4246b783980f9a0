import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Actor, RoleGrant } from './actor';

export interface AccessTokenClaims {
  sub: string;
  username: string;
  employeeId: string | null;
  grants: RoleGrant[];
  /** Present (true) only on the restricted token of a login that must change its password first. */
  mustChangePassword?: boolean;
}

export const JWT_ISSUER = 'e-performance';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject, made once: given a string, jsonwebtoken first tries (and fails) to parse it as a PEM
      // public key on every request — an exception per verification, a tenth of a request's CPU.
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) as unknown as string,
      issuer: JWT_ISSUER,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  validate(claims: AccessTokenClaims): Actor {
    return new Actor(claims.sub, claims.username, claims.employeeId, claims.grants ?? [], claims.mustChangePassword === true);
  }
}

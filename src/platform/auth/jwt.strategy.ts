import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { DomainError } from '../../shared-kernel/domain-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Actor, RoleGrant } from './actor';
import { ACCESS_COOKIE, CSRF_HEADER, readCookie } from './session-cookies';

export interface AccessTokenClaims {
  sub: string;
  username: string;
  employeeId: string | null;
  grants: RoleGrant[];
  /** Present (true) only on the restricted token of a login that must change its password first. */
  mustChangePassword?: boolean;
}

export const JWT_ISSUER = 'e-performance';

interface AuthRequest {
  method: string;
  headers: Record<string, string | string[] | undefined>;
}

const bearer = ExtractJwt.fromAuthHeaderAsBearerToken();
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The Bearer header when there is one (API clients), else the console's httpOnly session cookie. */
function accessTokenOf(request: AuthRequest): string | null {
  return bearer(request) ?? readCookie(request, ACCESS_COOKIE);
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      jwtFromRequest: accessTokenOf,
      passReqToCallback: true,
      // A KeyObject, made once: given a string, jsonwebtoken first tries (and fails) to parse it as a PEM
      // public key on every request — an exception per verification, a tenth of a request's CPU.
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) as unknown as string,
      issuer: JWT_ISSUER,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  validate(request: AuthRequest, claims: AccessTokenClaims): Actor {
    // A browser attaches the cookie to any request to this site; a write must also prove it came from a
    // page of this origin by a header a cross-site form cannot set (see session-cookies.ts).
    const byCookie = bearer(request) === null;
    if (byCookie && !SAFE_METHODS.has(request.method) && !request.headers[CSRF_HEADER]) {
      throw new DomainError('forbidden', 'CSRF_HEADER_MISSING', `A write authenticated by the session cookie must carry the header X-Requested-With.`);
    }
    return new Actor(claims.sub, claims.username, claims.employeeId, claims.grants ?? [], claims.mustChangePassword === true);
  }
}

import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { DomainError } from '../../shared-kernel/domain-error';
import { Actor, Role } from './actor';
import { BEFORE_PASSWORD_CHANGE, IS_PUBLIC, ROLES_KEY } from './decorators';

/** Every route needs a valid access token unless marked @Public(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    return isPublic ? true : super.canActivate(context);
  }
}

/**
 * A login whose password an administrator set gets a token that opens only the routes marked
 * @AllowedBeforePasswordChange(): whoever chose the password must not be able to act as its owner.
 */
@Injectable()
export class PasswordChangeGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const actor = context.switchToHttp().getRequest<{ user?: Actor }>().user;
    if (!actor?.mustChangePassword) return true;
    if (this.reflector.getAllAndOverride<boolean>(BEFORE_PASSWORD_CHANGE, [context.getHandler(), context.getClass()])) return true;
    throw new DomainError('forbidden', 'PASSWORD_CHANGE_REQUIRED', 'This login must change its password first: POST /api/v1/auth/password with currentPassword and newPassword.');
  }
}

/** Route-level role check; which objects a role reaches is checked in the handlers. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (!roles || roles.length === 0) return true;
    const actor = context.switchToHttp().getRequest<{ user?: Actor }>().user;
    if (actor && roles.some((role) => actor.has(role))) return true;
    throw new DomainError('forbidden', 'FORBIDDEN', `This needs one of the roles ${roles.join(', ')}.`, [], { reason: 'ROLE_REQUIRED', roles: roles.join(', ') });
  }
}

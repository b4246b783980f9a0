import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Actor, Role } from './actor';

export const IS_PUBLIC = 'isPublic';
export const ROLES_KEY = 'roles';
export const BEFORE_PASSWORD_CHANGE = 'beforePasswordChange';

/** The route needs no access token (login, refresh, health, device pushes with their own key). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The route stays open to a login that must change its password first (changing it, logging out, /me). */
export const AllowedBeforePasswordChange = () => SetMetadata(BEFORE_PASSWORD_CHANGE, true);

/** Any one of these roles may call the route; object-level checks still apply inside. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  return context.switchToHttp().getRequest<{ user: Actor }>().user;
});

import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  Logger,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ERROR_CODES } from '@markt/shared';
import { Access, ACCESS_KEY } from './access.decorators';
import { AuthenticatedRequest } from './request-user';

/** Global guard: enforces `@Public()` / `@Roles()` and refuses any route that declares neither. */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!access) {
      this.logger.error(`Route ${context.getClass().name}.${context.getHandler().name} declares no access rule`);
      throw new ForbiddenException({
        code: ERROR_CODES.forbidden,
        message: 'Forbidden',
      });
    }
    if (access.kind === 'public') return true;

    const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
    if (!user) {
      throw new UnauthorizedException({
        code: ERROR_CODES.unauthenticated,
        message: 'Login required',
      });
    }
    // The password an admin chose is known to two people: nothing but replacing it until it is.
    if (user.mustChangePassword && !access.provisional) {
      throw new ForbiddenException({
        code: ERROR_CODES.passwordChangeRequired,
        message: 'Replace your provisional password first',
      });
    }
    if (access.roles.length > 0 && !access.roles.includes(user.role)) {
      throw new ForbiddenException({
        code: ERROR_CODES.forbidden,
        message: 'Forbidden',
      });
    }
    return true;
  }
}

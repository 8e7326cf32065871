import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { User } from '../users/user.entity';

/** What the session middleware attaches to a request. */
export interface AuthenticatedRequest extends Request {
  user?: User;
  sessionTokenHash?: string;
}

/** The logged-in user (routes guarded by `@Roles`), or undefined on public routes. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): User | undefined =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().user,
);

/** The client's address for throttling; behind the local proxy it comes from X-Forwarded-For. */
export function clientAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { AuthenticatedRequest } from '../common/request-user';
import { SESSION_COOKIE } from './cookies';
import { SessionService } from './session.service';

/** Attaches the logged-in user to API requests; the AccessGuard then decides. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly sessions: SessionService) {}

  async use(req: AuthenticatedRequest, _res: Response, next: NextFunction): Promise<void> {
    const token = req.cookies?.[SESSION_COOKIE] as string | undefined;
    if (token) {
      const found = await this.sessions.resolve(token);
      if (found) {
        req.user = found.user;
        req.sessionTokenHash = found.tokenHash;
      }
    }
    next();
  }
}

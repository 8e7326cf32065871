import { ForbiddenException, Inject, Injectable, NestMiddleware } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { ERROR_CODES } from '@markt/shared';
import type { NextFunction, Response } from 'express';
import { AuthenticatedRequest } from '../common/request-user';
import { appConfig } from '../config/app.config';
import { XSRF_COOKIE, XSRF_HEADER, xsrfCookieOptions } from './cookies';
import { TokenService } from './token.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const ANONYMOUS = 'anonymous';

/**
 * Double-submit protection the way Angular's HttpClient expects it: every response makes sure the
 * client holds an `XSRF-TOKEN` cookie signed for its current session, and every state-changing request
 * must echo it in `X-XSRF-TOKEN`. A foreign site can make the browser send the cookie but cannot read
 * it to set the header; a token is worthless in another session, and login and logout issue a new one
 * (`issueXsrfToken`). Runs after the session middleware, which tells which session this is.
 */
@Injectable()
export class CsrfMiddleware implements NestMiddleware {
  constructor(
    private readonly tokens: TokenService,
    @Inject(appConfig.KEY)
    private readonly config: ConfigType<typeof appConfig>,
  ) {}

  use(req: AuthenticatedRequest, res: Response, next: NextFunction): void {
    const cookie = req.cookies?.[XSRF_COOKIE] as string | undefined;
    const valid = this.tokens.isSignedFor(cookie, req.sessionTokenHash ?? ANONYMOUS);
    if (!valid) this.issue(res, req.sessionTokenHash);
    if (SAFE_METHODS.has(req.method)) return next();

    const header = req.header(XSRF_HEADER);
    if (!valid || !header || !this.tokens.safeEqual(header, cookie)) {
      throw new ForbiddenException({
        code: ERROR_CODES.csrf,
        message: 'Missing or invalid XSRF token',
      });
    }
    next();
  }

  /** A fresh token for the session that starts (login) or for no session (logout). */
  issue(res: Response, sessionTokenHash: string | undefined): void {
    res.cookie(
      XSRF_COOKIE,
      this.tokens.signedFor(sessionTokenHash ?? ANONYMOUS),
      xsrfCookieOptions(this.config.production),
    );
  }
}

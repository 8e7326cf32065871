import { ForbiddenException, Inject, Injectable, NestMiddleware } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { ERROR_CODES } from '@markt/shared';
import type { NextFunction, Request, Response } from 'express';
import { appConfig } from '../config/app.config';
import { XSRF_COOKIE, XSRF_HEADER, xsrfCookieOptions } from './cookies';
import { TokenService } from './token.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Double-submit protection the way Angular's HttpClient expects it: every response makes sure the
 * client holds a signed `XSRF-TOKEN` cookie, and every state-changing request must echo it in `X-XSRF-TOKEN`.
 * A foreign site can make the browser send the cookie but cannot read it to set the header.
 */
@Injectable()
export class CsrfMiddleware implements NestMiddleware {
  constructor(
    private readonly tokens: TokenService,
    @Inject(appConfig.KEY)
    private readonly config: ConfigType<typeof appConfig>,
  ) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const cookie = req.cookies?.[XSRF_COOKIE] as string | undefined;
    const valid = this.tokens.isSigned(cookie);
    if (!valid) {
      res.cookie(XSRF_COOKIE, this.tokens.signed(), xsrfCookieOptions(this.config.production));
    }
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
}

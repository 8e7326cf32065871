import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import type { Response } from 'express';
import { appConfig } from '../config/app.config';
import { SESSION_COOKIE, sessionCookieOptions } from './cookies';
import { CsrfMiddleware } from './csrf.middleware';
import { NewSession, SessionService } from './session.service';

/** Sets the cookies of a session that starts or ends; the XSRF token is renewed with them. */
@Injectable()
export class SessionCookies {
  constructor(
    private readonly sessions: SessionService,
    private readonly csrf: CsrfMiddleware,
    @Inject(appConfig.KEY)
    private readonly config: ConfigType<typeof appConfig>,
  ) {}

  start(res: Response, session: NewSession): void {
    res.cookie(SESSION_COOKIE, session.token, sessionCookieOptions(this.config.production, this.sessions.ttlMs));
    this.csrf.issue(res, session.tokenHash);
  }

  end(res: Response): void {
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    this.csrf.issue(res, undefined);
  }
}

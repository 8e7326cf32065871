import type { CookieOptions } from 'express';

export const SESSION_COOKIE = 'mdm_session';
/** The names Angular's HttpClient uses by default for its XSRF protection. */
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'x-xsrf-token';

export function sessionCookieOptions(production: boolean, maxAgeMs: number): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: production,
    path: '/',
    maxAge: maxAgeMs,
  };
}

/** Readable by the page's script (that is the point of the double-submit check). */
export function xsrfCookieOptions(production: boolean): CookieOptions {
  return { httpOnly: false, sameSite: 'strict', secure: production, path: '/' };
}

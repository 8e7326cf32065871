import type { NextFunction, Request, Response } from 'express';

/**
 * API answers may carry personal data (applications, exports, the outbox), so no browser or proxy
 * cache may keep them unless an endpoint says otherwise: public ones (the published market) set their
 * own `Cache-Control` and overwrite this default.
 */
export function noStoreByDefault(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'no-store');
  next();
}

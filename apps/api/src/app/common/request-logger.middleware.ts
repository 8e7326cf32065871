import { Logger } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { AuthenticatedRequest } from './request-user';

const logger = new Logger('HTTP');

/** One structured line per request: method, path (no query: it may hold personal data), status, duration, user. */
export function requestLogger(req: AuthenticatedRequest, res: Response, next: NextFunction): void {
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    logger.log({
      msg: 'request',
      method: req.method,
      path: req.path,
      status: res.statusCode,
      durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
      userId: req.user?.id,
    });
  });
  next();
}

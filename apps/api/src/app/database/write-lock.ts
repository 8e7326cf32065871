import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import type { NextFunction, Request, Response } from 'express';
import { appConfig } from '../config/app.config';

const READ_ONLY = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * On SQLite, TypeORM sends every request's statements down one connection, so two transactions at
 * once collide ("cannot start a transaction within a transaction") and one request's statements can
 * land in another's transaction. SQLite has one writer at a time anyway: this lock lets one
 * state-changing request (or background job) at a time use it. PostgreSQL needs no such lock.
 */
@Injectable()
export class WriteLock {
  private readonly exclusive: boolean;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(@Inject(appConfig.KEY) config: ConfigType<typeof appConfig>) {
    this.exclusive = !config.databaseUrl;
  }

  run<T>(work: () => Promise<T>): Promise<T> {
    if (!this.exclusive) return work();
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /**
   * Holds the lock from the start of a state-changing request until its response is sent. Uploads are
   * left out: receiving a file can take long, so their handlers take the lock only to write.
   */
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    if (!this.exclusive || READ_ONLY.has(req.method) || req.is('multipart/form-data')) return next();
    void this.run(
      () =>
        new Promise<void>((done) => {
          res.once('finish', done);
          res.once('close', done);
          next();
        }),
    );
  };
}

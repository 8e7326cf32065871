import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { ERROR_CODES } from '@markt/shared';
import { appConfig } from '../config/app.config';
import { AttemptCounter } from './attempt-counter';

export type ThrottledAction = 'register' | 'passwordReset' | 'feedback' | 'verification';

/**
 * Anonymous actions that make the city store data or send mail are limited per client address
 * (`THROTTLE_*_PER_HOUR`), so they cannot be scripted at scale.
 */
@Injectable()
export class RequestThrottle {
  constructor(
    private readonly counter: AttemptCounter,
    @Inject(appConfig.KEY)
    private readonly config: ConfigType<typeof appConfig>,
  ) {}

  async hit(action: ThrottledAction, ip: string): Promise<void> {
    const count = await this.counter.bump(`${action}:${ip}`, 60);
    if (count > this.config.throttle[action]) {
      throw new HttpException(
        { code: ERROR_CODES.tooManyAttempts, message: 'Too many requests from this address, try again later' },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { appConfig } from '../config/app.config';

/** Random tokens and keyed hashes, both derived from the configured session secret. */
@Injectable()
export class TokenService {
  constructor(
    @Inject(appConfig.KEY)
    private readonly config: ConfigType<typeof appConfig>,
  ) {}

  random(): string {
    return randomBytes(32).toString('base64url');
  }

  hash(value: string): string {
    return createHmac('sha256', this.config.sessionSecret).update(value).digest('hex');
  }

  /**
   * A token that carries its own signature over a binding (the session it belongs to), so a forged
   * cookie, or one taken from another session, is recognised without storage.
   */
  signedFor(binding: string): string {
    const value = this.random();
    return `${value}.${this.hash(`${value}|${binding}`)}`;
  }

  isSignedFor(token: string | undefined, binding: string): token is string {
    if (!token) return false;
    const [value, signature] = token.split('.');
    if (!value || !signature) return false;
    return this.safeEqual(this.hash(`${value}|${binding}`), signature);
  }

  safeEqual(a: string, b: string): boolean {
    const left = Buffer.from(a);
    const right = Buffer.from(b);
    return left.length === right.length && timingSafeEqual(left, right);
  }
}

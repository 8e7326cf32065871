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

  /** A token that carries its own signature, so a forged cookie is recognised without storage. */
  signed(): string {
    const value = this.random();
    return `${value}.${this.hash(value)}`;
  }

  isSigned(token: string | undefined): token is string {
    if (!token) return false;
    const [value, signature] = token.split('.');
    if (!value || !signature) return false;
    const expected = Buffer.from(this.hash(value));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  safeEqual(a: string, b: string): boolean {
    const left = Buffer.from(a);
    const right = Buffer.from(b);
    return left.length === right.length && timingSafeEqual(left, right);
  }
}

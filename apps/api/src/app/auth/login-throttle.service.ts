import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { ERROR_CODES, ThrottledAccountDto } from '@markt/shared';
import { setTimeout as sleep } from 'node:timers/promises';
import { appConfig } from '../config/app.config';
import { AttemptCounter } from './attempt-counter';

const ACCOUNT = 'account:';

function keys(email: string, ip: string) {
  return { account: `${ACCOUNT}${email}`, pair: `pair:${email}|${ip}`, ip: `ip:${ip}` };
}

/**
 * Failed logins count per (account, client address) and per address: either over its limit answers
 * 429 for that address only, so a stranger's failures never lock the owner out elsewhere. Per account
 * the failures from all addresses only slow every further try down (a growing delay up to a cap),
 * which makes guessing from many addresses slow without handing anyone a way to lock someone out.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly counter: AttemptCounter,
    @Inject(appConfig.KEY)
    private readonly config: ConfigType<typeof appConfig>,
  ) {}

  /** Waits out the account's delay, then refuses if this address has failed too often. */
  async beforeAttempt(email: string, ip: string): Promise<void> {
    const k = keys(email, ip);
    const counts = await this.counter.counts(Object.values(k), this.config.login.windowMinutes);
    const { maxFailuresPerAccount, maxFailuresPerIp } = this.config.login;
    if ((counts.get(k.pair) ?? 0) >= maxFailuresPerAccount || (counts.get(k.ip) ?? 0) >= maxFailuresPerIp) {
      throw new HttpException(
        { code: ERROR_CODES.tooManyAttempts, message: 'Too many failed logins from this address, try again later' },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const delay = this.delayMs(counts.get(k.account) ?? 0);
    if (delay > 0) await sleep(delay);
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const { windowMinutes } = this.config.login;
    for (const key of Object.values(keys(email, ip))) await this.counter.bump(key, windowMinutes);
  }

  /** A successful login or a new password clears the account's counts (the address keeps its own). */
  async clearAccount(email: string, ip?: string): Promise<void> {
    const k = keys(email, ip ?? '');
    await this.counter.clear(ip === undefined ? [k.account] : [k.account, k.pair]);
  }

  /** Accounts whose logins are slowed down now, for admins. */
  async throttledAccounts(): Promise<ThrottledAccountDto[]> {
    const { maxFailuresPerAccount, windowMinutes } = this.config.login;
    const rows = await this.counter.busiest(ACCOUNT, maxFailuresPerAccount, windowMinutes);
    return rows.map((row) => ({
      email: row.key.slice(ACCOUNT.length),
      failures: row.failures,
      delaySeconds: this.delayMs(row.failures) / 1000,
      until: new Date(row.windowStartedAt.getTime() + windowMinutes * 60_000).toISOString(),
    }));
  }

  /** Nothing below the per-account limit, then doubling from half a second up to the cap. */
  private delayMs(failures: number): number {
    const over = failures - this.config.login.maxFailuresPerAccount;
    if (over < 0) return 0;
    return Math.min(this.config.login.maxDelaySeconds * 1000, 500 * 2 ** over);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { appConfig } from '../config/app.config';
import { LoginAttempt } from './login-attempt.entity';

/** Counts failed logins per account and per client address; too many within the window blocks further tries. */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectRepository(LoginAttempt)
    private readonly attempts: Repository<LoginAttempt>,
    @Inject(appConfig.KEY)
    private readonly config: ConfigType<typeof appConfig>,
  ) {}

  private keys(email: string, ip: string): { account: string; ip: string } {
    return { account: `account:${email}`, ip: `ip:${ip}` };
  }

  private windowStart(): Date {
    return new Date(Date.now() - this.config.login.windowMinutes * 60_000);
  }

  async isBlocked(email: string, ip: string): Promise<boolean> {
    const keys = this.keys(email, ip);
    const rows = await this.attempts.findBy({
      key: In([keys.account, keys.ip]),
    });
    const since = this.windowStart();
    return rows.some(
      (row) =>
        row.windowStartedAt > since &&
        row.failures >=
          (row.key === keys.account ? this.config.login.maxFailuresPerAccount : this.config.login.maxFailuresPerIp),
    );
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const since = this.windowStart();
    for (const key of Object.values(this.keys(email, ip))) {
      const row = await this.attempts.findOneBy({ key });
      if (row && row.windowStartedAt > since) {
        await this.attempts.increment({ key }, 'failures', 1);
      } else {
        await this.attempts.save({
          key,
          failures: 1,
          windowStartedAt: new Date(),
        });
      }
    }
  }

  /** A successful login or a new password clears the account's count (the address keeps its own). */
  async clearAccount(email: string): Promise<void> {
    await this.attempts.delete({ key: this.keys(email, '').account });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, LessThanOrEqual, Repository } from 'typeorm';
import { LoginAttempt } from './login-attempt.entity';

/**
 * Counts events per key within a sliding window, in the database so every API instance sees the same
 * counts. Each step is one atomic statement, so parallel requests never lose a count or collide.
 */
@Injectable()
export class AttemptCounter {
  constructor(@InjectRepository(LoginAttempt) private readonly attempts: Repository<LoginAttempt>) {}

  /** Counts one more event for the key and returns the count within the window. */
  async bump(key: string, windowMinutes: number): Promise<number> {
    const now = new Date();
    await this.attempts
      .createQueryBuilder()
      .insert()
      .values({ key, failures: 0, windowStartedAt: now })
      .orIgnore()
      .execute();
    // A window that is over starts again.
    await this.attempts.update(
      { key, windowStartedAt: LessThanOrEqual(windowStart(windowMinutes)) },
      { failures: 0, windowStartedAt: now },
    );
    await this.attempts.increment({ key }, 'failures', 1);
    return (await this.attempts.findOneBy({ key }))?.failures ?? 1;
  }

  /** The counts within the window, by key; keys without a current window count 0. */
  async counts(keys: string[], windowMinutes: number): Promise<Map<string, number>> {
    const since = windowStart(windowMinutes);
    const rows = await this.attempts.findBy({ key: In(keys) });
    return new Map(rows.filter((r) => r.windowStartedAt > since).map((r) => [r.key, r.failures]));
  }

  /** Keys with a prefix and at least `min` events in the window, most first. */
  async busiest(prefix: string, min: number, windowMinutes: number): Promise<LoginAttempt[]> {
    const since = windowStart(windowMinutes);
    const rows = await this.attempts
      .createQueryBuilder('a')
      .where('a.key LIKE :prefix', { prefix: `${prefix}%` })
      .andWhere('a.failures >= :min', { min })
      .orderBy('a.failures', 'DESC')
      .take(200)
      .getMany();
    return rows.filter((r) => r.windowStartedAt > since);
  }

  async clear(keys: string[]): Promise<void> {
    await this.attempts.delete({ key: In(keys) });
  }
}

function windowStart(minutes: number): Date {
  return new Date(Date.now() - minutes * 60_000);
}

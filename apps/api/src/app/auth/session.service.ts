import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { appConfig } from '../config/app.config';
import { User } from '../users/user.entity';
import { Session } from './session.entity';
import { TokenService } from './token.service';

export interface NewSession {
  /** Goes into the cookie, never into the database. */
  token: string;
  tokenHash: string;
}

@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly tokens: TokenService,
    @Inject(appConfig.KEY)
    private readonly config: ConfigType<typeof appConfig>,
  ) {}

  get ttlMs(): number {
    return this.config.sessionTtlHours * 3600 * 1000;
  }

  /** Starts a session and returns the token for the cookie; only its hash is stored. */
  async create(userId: string): Promise<NewSession> {
    const token = this.tokens.random();
    const tokenHash = this.tokens.hash(token);
    await this.sessions.insert({ tokenHash, userId, expiresAt: new Date(Date.now() + this.ttlMs) });
    await this.users.update({ id: userId }, { lastLoginAt: new Date() });
    return { token, tokenHash };
  }

  /** The active user behind a cookie token, or undefined for unknown, expired or deactivated ones. */
  async resolve(token: string): Promise<{ user: User; tokenHash: string } | undefined> {
    const tokenHash = this.tokens.hash(token);
    const session = await this.sessions.findOneBy({ tokenHash });
    if (!session) return undefined;
    if (session.expiresAt.getTime() <= Date.now()) {
      await this.sessions.delete({ tokenHash });
      return undefined;
    }
    const user = await this.users.findOneBy({ id: session.userId });
    return user?.active ? { user, tokenHash } : undefined;
  }

  async destroy(tokenHash: string): Promise<void> {
    await this.sessions.delete({ tokenHash });
  }

  async purgeExpired(): Promise<void> {
    await this.sessions.delete({ expiresAt: LessThan(new Date()) });
  }
}

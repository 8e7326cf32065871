import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { appConfig } from '../config/app.config';
import { DataChanges } from '../database/data-changes';
import { User } from '../users/user.entity';
import { Session } from './session.entity';
import { TokenService } from './token.service';

/**
 * How long a session lookup is answered from memory at most. Within this process, a login, logout,
 * deactivation, role or password change (any write to an account or a session, `DataChanges`) drops
 * every cached lookup at once; a change made by another API instance on the same database takes effect
 * here within this time.
 */
export const SESSION_CACHE_MAX_AGE_MS = 2_000;
/** From this age on, a cached lookup is renewed behind the answer (see `resolve`). */
const SESSION_REFRESH_AFTER_MS = SESSION_CACHE_MAX_AGE_MS / 2;
/** Sessions whose lookup is kept (a few hundred bytes each); the oldest lookup goes first. */
const logger = new Logger('Sessions');
const SESSION_CACHE_ENTRIES = 5_000;

interface CachedSession {
  user: User;
  expiresAt: number;
  cachedAt: number;
}

export interface NewSession {
  /** Goes into the cookie, never into the database. */
  token: string;
  tokenHash: string;
}

@Injectable()
export class SessionService {
  /** Session lookups by token hash, valid while `DataChanges.accountsVersion` is `cacheVersion`. */
  private readonly cache = new Map<string, CachedSession>();
  private cacheVersion = -1;
  /** Lookups under way by token hash, with the `accountsVersion` they started at. */
  private readonly lookups = new Map<string, { version: number; user: Promise<User | undefined> }>();

  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly tokens: TokenService,
    @Inject(appConfig.KEY)
    private readonly config: ConfigType<typeof appConfig>,
    private readonly changes: DataChanges,
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

  /**
   * The active user behind a cookie token, or undefined for unknown, expired or deactivated ones. Every
   * request asks, so known sessions are answered from memory (see `SESSION_CACHE_MAX_AGE_MS`); each
   * answer is a copy of the account, so nothing a request does to it reaches the next.
   *
   * A lookup past half its age is still answered and looked up again behind the answer, so a session in
   * use never waits for the database (under load, all of a user's requests in flight would otherwise miss
   * at once and queue behind the other reads); none is answered from a lookup older than the maximum age.
   */
  async resolve(token: string): Promise<{ user: User; tokenHash: string } | undefined> {
    const tokenHash = this.tokens.hash(token);
    const now = Date.now();
    if (this.cacheVersion !== this.changes.accountsVersion) this.cache.clear();
    const cached = this.cache.get(tokenHash);
    if (cached && cached.expiresAt > now && now - cached.cachedAt < SESSION_CACHE_MAX_AGE_MS) {
      // A failed lookup behind the answer changes nothing (the next one past the maximum age waits and fails),
      // but says so: database trouble shows here first.
      if (now - cached.cachedAt >= SESSION_REFRESH_AFTER_MS)
        this.lookUp(tokenHash).catch((error: unknown) =>
          logger.warn({ msg: 'session lookup behind the answer failed', error: String(error) }),
        );
      return { user: copyOf(cached.user), tokenHash };
    }
    this.cache.delete(tokenHash);
    const user = await this.lookUp(tokenHash);
    return user && { user: copyOf(user), tokenHash };
  }

  /** One lookup per session at a time, shared by those who ask before the next write to accounts or sessions. */
  private lookUp(tokenHash: string): Promise<User | undefined> {
    const version = this.changes.accountsVersion;
    const running = this.lookups.get(tokenHash);
    if (running?.version === version) return running.user;
    const user = this.read(tokenHash).finally(() => {
      if (this.lookups.get(tokenHash)?.user === user) this.lookups.delete(tokenHash);
    });
    this.lookups.set(tokenHash, { version, user });
    return user;
  }

  /** The session's active user from the database, kept in memory unless accounts or sessions changed meanwhile. */
  private async read(tokenHash: string): Promise<User | undefined> {
    const startedAt = Date.now();
    // Taken before reading: a write while the lookup runs leaves the result uncached.
    const version = this.changes.accountsVersion;
    const session = await this.sessions.findOneBy({ tokenHash });
    if (session && session.expiresAt.getTime() <= startedAt) {
      await this.sessions.delete({ tokenHash });
      return undefined;
    }
    const found = session ? await this.users.findOneBy({ id: session.userId }) : null;
    const user = found?.active ? found : undefined;
    if (version !== this.changes.accountsVersion) return user;
    if (this.cacheVersion !== version) {
      this.cache.clear();
      this.cacheVersion = version;
    }
    this.cache.delete(tokenHash);
    if (!session || !user) return undefined;
    if (this.cache.size >= SESSION_CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(tokenHash, { user: copyOf(user), expiresAt: session.expiresAt.getTime(), cachedAt: startedAt });
    return user;
  }

  async destroy(tokenHash: string): Promise<void> {
    this.cache.delete(tokenHash);
    await this.sessions.delete({ tokenHash });
  }

  async purgeExpired(): Promise<void> {
    await this.sessions.delete({ expiresAt: LessThan(new Date()) });
  }
}

function copyOf(user: User): User {
  return Object.assign(Object.create(User.prototype) as User, user);
}

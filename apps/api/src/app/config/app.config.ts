import { registerAs } from '@nestjs/config';
import { resolve } from 'node:path';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const LOG_LEVELS: LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

/** Used outside production only, so a developer can start the app without any setup. */
const DEVELOPMENT_SESSION_SECRET = 'development-only-secret-never-use-in-production';
const MIN_SECRET_LENGTH = 32;

export interface AppConfig {
  production: boolean;
  port: number;
  dataDir: string;
  /** PostgreSQL connection string; SQLite in `dataDir` when absent. */
  databaseUrl?: string;
  /** PostgreSQL schema (lets the test suite isolate its runs). */
  databaseSchema?: string;
  sessionSecret: string;
  sessionTtlHours: number;
  /** Seed demo event and accounts into an empty database (never in production). */
  demoData: boolean;
  logLevel: LogLevel;
  /** Built web app served on the same port; defaults to the sibling of the API bundle. */
  webDistDir: string;
  login: {
    /** Failed logins of one account from one address before that address gets 429 for it. */
    maxFailuresPerAccount: number;
    maxFailuresPerIp: number;
    windowMinutes: number;
    /** Cap of the growing delay of an account's logins after failures from anywhere. */
    maxDelaySeconds: number;
  };
  /** Anonymous requests per client address and hour. */
  throttle: {
    register: number;
    passwordReset: number;
    feedback: number;
    verification: number;
  };
  /** Cut-offs for slow or stalled clients, in milliseconds (see `applyHttpTimeouts`). */
  http: {
    headersTimeoutMs: number;
    requestTimeoutMs: number;
    idleTimeoutMs: number;
    keepAliveTimeoutMs: number;
  };
  /** Address the app is reached at, for links in emails. */
  publicUrl: string;
  retention: {
    /** Months after an event (and after the last login of an account without applications) until personal data goes. */
    months: number;
    /** How often retention runs by itself, in hours (0: only when an admin runs it). */
    intervalHours: number;
  };
  mail: {
    /** smtp(s)://user:pass@host:port; without it messages wait in the outbox. */
    smtpUrl?: string;
    from: string;
    /** How often the outbox is worked through, in seconds (0: never by itself). */
    intervalSeconds: number;
    maxAttempts: number;
  };
}

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

/** Reads and checks the environment; throws a ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const production = env['NODE_ENV'] === 'production';
  const secret = env['SESSION_SECRET'];
  if (production && !secret) {
    throw new ConfigError('SESSION_SECRET is required when NODE_ENV=production');
  }
  if (secret !== undefined && secret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError(`SESSION_SECRET must be at least ${MIN_SECRET_LENGTH} characters long`);
  }
  const databaseUrl = env['DATABASE_URL'] || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// connection string');
  }
  const logLevel = (env['LOG_LEVEL'] || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  }
  const smtpUrl = env['SMTP_URL'] || undefined;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) {
    throw new ConfigError('SMTP_URL must be an smtp:// or smtps:// URL');
  }
  const demoData = env['DEMO_DATA'];
  if (demoData !== undefined && demoData !== 'true' && demoData !== 'false') {
    throw new ConfigError('DEMO_DATA must be "true" or "false"');
  }
  const seconds = (name: string, fallback: number) => integer(env, name, fallback, 1, 3600) * 1000;
  const http = {
    headersTimeoutMs: seconds('HTTP_HEADERS_TIMEOUT_SECONDS', 10),
    requestTimeoutMs: seconds('HTTP_REQUEST_TIMEOUT_SECONDS', 30),
    idleTimeoutMs: seconds('HTTP_IDLE_TIMEOUT_SECONDS', 15),
    keepAliveTimeoutMs: seconds('HTTP_KEEP_ALIVE_TIMEOUT_SECONDS', 5),
  };
  if (http.headersTimeoutMs > http.requestTimeoutMs) {
    throw new ConfigError('HTTP_HEADERS_TIMEOUT_SECONDS must not be longer than HTTP_REQUEST_TIMEOUT_SECONDS');
  }
  return {
    production,
    http,
    port: integer(env, 'PORT', 3000, 1, 65535),
    dataDir: resolve(env['DATA_DIR'] || './data'),
    databaseUrl,
    databaseSchema: env['DATABASE_SCHEMA'] || undefined,
    sessionSecret: secret || DEVELOPMENT_SESSION_SECRET,
    sessionTtlHours: integer(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 30),
    demoData: !production && demoData !== 'false',
    logLevel,
    webDistDir: resolve(env['WEB_DIST_DIR'] || resolve(__dirname, '../web/browser')),
    login: {
      maxFailuresPerAccount: integer(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, 1, 1000),
      maxFailuresPerIp: integer(env, 'LOGIN_MAX_FAILURES_PER_IP', 30, 1, 100000),
      windowMinutes: integer(env, 'LOGIN_WINDOW_MINUTES', 15, 1, 24 * 60),
      maxDelaySeconds: integer(env, 'LOGIN_MAX_DELAY_SECONDS', 8, 0, 60),
    },
    throttle: {
      register: integer(env, 'THROTTLE_REGISTER_PER_HOUR', 20, 1, 100000),
      passwordReset: integer(env, 'THROTTLE_PASSWORD_RESET_PER_HOUR', 10, 1, 100000),
      feedback: integer(env, 'THROTTLE_FEEDBACK_PER_HOUR', 10, 1, 100000),
      verification: integer(env, 'THROTTLE_VERIFICATION_PER_HOUR', 10, 1, 100000),
    },
    retention: {
      months: integer(env, 'RETENTION_MONTHS', 24, 1, 240),
      intervalHours: integer(env, 'RETENTION_INTERVAL_HOURS', 24, 0, 24 * 30),
    },
    publicUrl: (env['PUBLIC_URL'] || `http://localhost:${integer(env, 'PORT', 3000, 1, 65535)}`).replace(/\/$/, ''),
    mail: {
      smtpUrl,
      from: env['MAIL_FROM'] || 'Markt der Möglichkeiten <markt@localhost>',
      intervalSeconds: integer(env, 'OUTBOX_INTERVAL_SECONDS', 15, 0, 3600),
      maxAttempts: integer(env, 'OUTBOX_MAX_ATTEMPTS', 8, 1, 100),
    },
  };
}

export const appConfig = registerAs('app', (): AppConfig => loadConfig(process.env));

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as pg from 'pg';
import * as sqlite3 from 'sqlite3';
import { DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app.config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from '../../migrations';

export const SQLITE_FILE = 'markt.sqlite';

/**
 * SQLite in the data folder by default, PostgreSQL when a URL is configured.
 * Migrations run at start (see `DatabaseModule`); `synchronize` stays off so the schema only changes through them.
 */
export function dataSourceOptions(config: AppConfig): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    logging: config.logLevel === 'debug',
  } as const;
  if (config.databaseUrl) {
    return {
      ...common,
      type: 'postgres',
      // The API bundle cannot see drivers TypeORM loads dynamically, so they are passed in.
      driver: pg,
      url: config.databaseUrl,
      schema: config.databaseSchema,
      // A bounded pool that fails instead of waiting forever, and no transaction left open by a lost client.
      extra: { max: 10, connectionTimeoutMillis: 10_000, idle_in_transaction_session_timeout: 60_000 },
    };
  }
  mkdirSync(config.dataDir, { recursive: true });
  return {
    ...common,
    type: 'sqlite',
    driver: sqlite3,
    database: join(config.dataDir, SQLITE_FILE),
    // WAL lets readers go on while one request writes; the timeout makes writers queue instead of failing.
    enableWAL: true,
    busyTimeout: 5000,
  };
}

import { Global, Module } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions } from 'typeorm';
import { appConfig } from '../config/app.config';
import { DataChanges } from './data-changes';
import { dataSourceOptions } from './data-source-options';
import { serialiseSqliteAccess } from './sqlite-serialiser';

/** Several API processes may start at once on one PostgreSQL database: one migrates, the others wait. */
const MIGRATION_LOCK = 7_305_221;

/** Opens the database and brings its schema up to date; on SQLite every access goes through one gate. */
async function openDataSource(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = new DataSource(options);
  if (dataSource.options.type === 'sqlite') serialiseSqliteAccess(dataSource);
  await dataSource.initialize();
  if (dataSource.options.type !== 'postgres') {
    await dataSource.runMigrations({ transaction: 'all' });
    return dataSource;
  }
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'all' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
  return dataSource;
}

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [appConfig.KEY],
      useFactory: (config: ConfigType<typeof appConfig>) => dataSourceOptions(config),
      dataSourceFactory: (options) => openDataSource(options as DataSourceOptions),
    }),
  ],
  providers: [DataChanges],
  exports: [DataChanges],
})
export class DatabaseModule {}

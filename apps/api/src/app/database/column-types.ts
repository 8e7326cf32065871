import { QueryRunner, TableColumnOptions } from 'typeorm';

/**
 * Dialect-dependent column details for migrations that run on SQLite and PostgreSQL alike.
 * They match what TypeORM derives from the entities, so the schema never drifts from the model.
 */
function isPostgres(queryRunner: QueryRunner): boolean {
  return queryRunner.connection.driver.options.type === 'postgres';
}

export function timestampType(queryRunner: QueryRunner): string {
  return isPostgres(queryRunner) ? 'timestamp' : 'datetime';
}

/** `createdAt` / `updatedAt` as `@CreateDateColumn` / `@UpdateDateColumn` expect them. */
export function auditColumns(queryRunner: QueryRunner, ...names: string[]): TableColumnOptions[] {
  const now = isPostgres(queryRunner) ? 'now()' : "datetime('now')";
  return names.map((name) => ({
    name,
    type: timestampType(queryRunner),
    default: now,
  }));
}

/** SQLite keeps booleans as 0/1 and TypeORM compares defaults in that form. */
export function booleanDefault(queryRunner: QueryRunner, value: boolean): boolean | number {
  return isPostgres(queryRunner) ? value : Number(value);
}

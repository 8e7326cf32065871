import { QueryFailedError } from 'typeorm';

/** SQLite and PostgreSQL word constraint violations differently; these are the codes of both. */
const CONSTRAINT_CODES = new Set([
  'SQLITE_CONSTRAINT',
  '23505', // unique_violation
  '23503', // foreign_key_violation
  '23514', // check_violation
]);

function driverCode(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  return (error.driverError as { code?: string } | undefined)?.code;
}

/** A rule the database itself holds (unique index, foreign key, check) refused the write. */
export function isConstraintViolation(error: unknown): boolean {
  const code = driverCode(error);
  return code !== undefined && CONSTRAINT_CODES.has(code);
}

/** A unique index refused the write: someone else wrote the same thing first. */
export function isUniqueViolation(error: unknown): boolean {
  const code = driverCode(error);
  if (code === '23505') return true;
  return code === 'SQLITE_CONSTRAINT' && /UNIQUE constraint failed/.test((error as Error).message);
}

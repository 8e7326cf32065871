import { ValidateIf, ValidationOptions } from 'class-validator';

/** The largest value an `integer` column holds on PostgreSQL; larger numbers fail in the database, not here. */
export const INT32_MAX = 2_147_483_647;

/**
 * The field may be left out. Unlike `@IsOptional()`, `null` is still validated (so the type rule refuses it):
 * services read a given field as a value of its type. Use `@IsOptional()` only where `null` means "clear".
 */
export function Optional(options?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined, options);
}

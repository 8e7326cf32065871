import { buildMessage, ValidateBy, ValidateIf, ValidationOptions } from 'class-validator';

/** The largest value an `integer` column holds on PostgreSQL; larger numbers fail in the database, not here. */
export const INT32_MAX = 2_147_483_647;

/**
 * The field may be left out. Unlike `@IsOptional()`, `null` is still validated (so the type rule refuses it):
 * services read a given field as a value of its type. Use `@IsOptional()` only where `null` means "clear".
 */
export function Optional(options?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined, options);
}

/**
 * A finite number with at most `places` decimal places. class-validator's `maxDecimalPlaces` throws on numbers
 * whose text has an exponent (`-9e-323`), which would answer 500; this rounds instead. Reports as `isNumber`.
 */
export function IsDecimal(places: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNumber',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value,
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a number with at most ${places} decimal places`,
          options,
        ),
      },
    },
    options,
  );
}

import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { ERROR_CODES, FieldError } from '@markt/shared';
import { getMetadataStorage } from 'class-validator';

/** Constraint names that all mean "this field must be given". */
const REQUIRED = new Set(['isDefined', 'isNotEmpty']);
/** Which constraint argument a message needs, by constraint name. */
const PARAM_NAMES: Record<string, string[]> = {
  maxLength: ['max'],
  minLength: ['min'],
  max: ['max'],
  min: ['min'],
  arrayMaxSize: ['max'],
  arrayMinSize: ['min'],
};

function constraintParams(target: object | undefined, property: string, code: string): FieldError['params'] {
  const names = PARAM_NAMES[code];
  if (!names || !target) return undefined;
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === property && m.name === code);
  if (!metadata?.constraints) return undefined;
  return Object.fromEntries(names.map((name, i) => [name, metadata.constraints[i]]));
}

/** Flattens class-validator's tree into one entry per failing field and rule, with dotted paths. */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix + error.property;
    // One error per field, the most basic first: missing, then wrong type (`is…`), then limits.
    const rank = (name: string) => (REQUIRED.has(name) ? 0 : name.startsWith('is') ? 1 : 2);
    const own = Object.entries(error.constraints ?? {})
      .sort(([a], [b]) => rank(a) - rank(b))
      .slice(0, 1)
      .map(([name, message]): FieldError => {
        const code = REQUIRED.has(name) ? 'required' : name;
        const params = constraintParams(error.target, error.property, name);
        return { field, code, message, ...(params && { params }) };
      });
    return [...own, ...toFieldErrors(error.children ?? [], `${field}.`)];
  });
}

export function validationFailed(errors: FieldError[]): BadRequestException {
  return new BadRequestException({
    code: ERROR_CODES.validation,
    message: 'Validation failed',
    errors,
  });
}

/** One pipe for the whole API: only declared fields pass, unknown ones are refused by name. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => validationFailed(toFieldErrors(errors)),
  });
}

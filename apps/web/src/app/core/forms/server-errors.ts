import { HttpErrorResponse } from '@angular/common/http';
import { AbstractControl, FormGroup, ValidationErrors } from '@angular/forms';
import { ApiError, ERROR_CODES, FieldError } from '@markt/shared';

/** A message for the form's error summary, kept as key + params so it follows the language. */
export interface ErrorItem {
  key: string;
  params?: Record<string, string | number>;
  /** Set for errors of fields the form has no control for. */
  field?: string;
}

/** Reads the API's error body; network failures become status 0. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof HttpErrorResponse) {
    const body = error.error as Partial<ApiError> | null;
    if (body && typeof body === 'object' && typeof body.code === 'string') {
      return { statusCode: error.status, message: '', ...body } as ApiError;
    }
    return {
      statusCode: error.status,
      code: error.status === 0 ? 'network' : 'http_' + error.status,
      message: error.message,
    };
  }
  return { statusCode: 0, code: 'unknown', message: String(error) };
}

/**
 * Puts the server's field errors onto the matching controls (dotted paths such as
 * `reviewCriteria.0.label` work) as `{ [code]: params }`, and returns the ones no control matches.
 * The controls keep their values; the next edit re-runs the client validators and clears the error.
 */
export function applyServerErrors(form: AbstractControl, errors: readonly FieldError[]): FieldError[] {
  const unmatched: FieldError[] = [];
  for (const fieldError of errors) {
    const control = fieldError.field ? form.get(fieldError.field) : null;
    if (!control || control === form) {
      unmatched.push(fieldError);
      continue;
    }
    control.setErrors({ ...(control.errors ?? {}), [fieldError.code]: { ...(fieldError.params ?? {}), server: true } });
    control.markAsTouched();
  }
  return unmatched;
}

const GENERAL_MESSAGES: Record<string, string> = {
  [ERROR_CODES.invalidCredentials]: 'auth.login.invalid',
  [ERROR_CODES.tooManyAttempts]: 'errors.tooManyAttempts',
  [ERROR_CODES.csrf]: 'errors.csrf',
  [ERROR_CODES.forbidden]: 'errors.forbidden',
  [ERROR_CODES.passwordChangeRequired]: 'errors.passwordChangeRequired',
  [ERROR_CODES.unauthenticated]: 'errors.unauthenticated',
  [ERROR_CODES.notFound]: 'errors.notFound',
  [ERROR_CODES.conflict]: 'errors.conflict',
  [ERROR_CODES.payloadTooLarge]: 'errors.payloadTooLarge',
  [ERROR_CODES.unsupportedMediaType]: 'errors.unsupportedMediaType',
  [ERROR_CODES.malformedBody]: 'errors.malformedBody',
  network: 'errors.network',
  application_period_closed: 'errors.application_period_closed',
  deadline_passed: 'errors.deadline_passed',
  not_editable: 'errors.not_editable',
  invalid_transition: 'errors.invalid_transition',
  event_over: 'errors.event_over',
  not_reviewable: 'errors.not_reviewable',
  [ERROR_CODES.emailNotVerified]: 'errors.email_not_verified',
  concurrent_change: 'errors.concurrent_change',
  stand_details_closed: 'errors.stand_details_closed',
  not_accepted: 'errors.not_accepted',
};

/**
 * Handles a failed form submission: field errors go to the controls, everything else becomes
 * items for the error summary. `email_taken` is shown at the `email` control.
 */
export function handleFormError(form: AbstractControl, error: unknown): ErrorItem[] {
  const apiError = toApiError(error);
  if (apiError.errors?.length) {
    // "taken" on an email address gets the more helpful message
    const errors = apiError.errors.map((e) =>
      e.field === 'email' && e.code === 'taken' ? { ...e, code: 'emailTaken' } : e,
    );
    const unmatched = applyServerErrors(form, errors);
    const items: ErrorItem[] = [{ key: 'form.fixErrors' }];
    for (const fieldError of unmatched) {
      items.push({
        key: 'validation.' + fieldError.code,
        params: { ...(fieldError.params ?? {}), field: fieldError.field },
        field: fieldError.field,
      });
    }
    return items;
  }
  if (apiError.code === ERROR_CODES.emailTaken && form.get('email')) {
    applyServerErrors(form, [{ field: 'email', code: 'emailTaken', message: apiError.message }]);
    return [{ key: 'form.fixErrors' }];
  }
  return [{ key: GENERAL_MESSAGES[apiError.code] ?? 'errors.generic' }];
}

/**
 * The message for a failed file upload: the server's error on the file's field (e.g. `imageInvalid`,
 * `imageTooLarge` with the image's size and the limit), otherwise what went wrong in general.
 */
export function uploadErrorItem(error: unknown, field: string): ErrorItem {
  const fieldError = toApiError(error).errors?.find((e) => e.field === field);
  if (fieldError) return { key: 'validation.' + fieldError.code, params: fieldError.params };
  return handleFormError(new FormGroup({}), error)[0] ?? { key: 'errors.generic' };
}

/** Angular's built-in validator keys, renamed to the API's codes so both share one message. */
const BUILT_IN: Record<string, (value: Record<string, unknown>) => ErrorItem> = {
  required: () => ({ key: 'validation.required' }),
  email: () => ({ key: 'validation.isEmail' }),
  minlength: (v) => ({ key: 'validation.minLength', params: { min: v['requiredLength'] as number } }),
  maxlength: (v) => ({ key: 'validation.maxLength', params: { max: v['requiredLength'] as number } }),
  pattern: () => ({ key: 'validation.matches' }),
};

/** The first error of a control as a message key with parameters. */
export function describeControlErrors(errors: ValidationErrors | null | undefined): ErrorItem | null {
  if (!errors) return null;
  const [code] = Object.keys(errors);
  if (!code) return null;
  const value = errors[code];
  const details = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  if (BUILT_IN[code] && !details['server']) return BUILT_IN[code](details);
  const params: Record<string, string | number> = {};
  for (const [name, param] of Object.entries(details)) {
    if (typeof param === 'string' || typeof param === 'number') params[name] = param;
  }
  return { key: 'validation.' + code, params };
}

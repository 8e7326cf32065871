import { TestRequest } from '@angular/common/http/testing';
import { ApiError, ERROR_CODES, FieldError } from '@markt/shared';

/** For specs: the body of the API's 400 reply when validation failed, with these field errors. */
export function validationFailed(...errors: FieldError[]): ApiError {
  return { statusCode: 400, code: ERROR_CODES.validation, message: 'Validation failed', errors };
}

/** For specs: answers the request as the API does when validation failed, with these field errors. */
export function replyValidationFailed(request: TestRequest, ...errors: FieldError[]): void {
  request.flush(validationFailed(...errors), { status: 400, statusText: 'Bad Request' });
}

/**
 * Error bodies of the API. Every error carries a stable `code` the web app translates;
 * `message` is an English fallback for other clients.
 */
export interface FieldError {
  /** Dotted path of the failing field, e.g. `email` or `reviewCriteria.0.label`. */
  field: string;
  /** The rule that failed, e.g. `isEmail`, `maxLength`, `required`, `taken`. */
  code: string;
  /** Values the message needs, e.g. `{ max: 200 }`. */
  params?: Record<string, string | number>;
  message: string;
}

export interface ApiError {
  statusCode: number;
  code: string;
  message: string;
  errors?: FieldError[];
  /** Values a non-field error's message needs, e.g. `{ planned: 24, taken: 24 }`. */
  params?: Record<string, string | number>;
}

/** Stable codes of non-field errors. */
export const ERROR_CODES = {
  validation: 'validation_failed',
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
  notFound: 'not_found',
  conflict: 'conflict',
  invalidCredentials: 'invalid_credentials',
  tooManyAttempts: 'too_many_attempts',
  csrf: 'csrf_failed',
  emailTaken: 'email_taken',
  emailNotVerified: 'email_not_verified',
  /** 403: the account still has the provisional password an admin gave it; only replacing it is allowed. */
  passwordChangeRequired: 'password_change_required',
  /** 413: the body is over the API's limit. */
  payloadTooLarge: 'payload_too_large',
  /** 415: not JSON in UTF-8 (or multipart on an upload route), or compressed. */
  unsupportedMediaType: 'unsupported_media_type',
  /** 400: the body is not JSON, or nested too deeply. */
  malformedBody: 'malformed_body',
  /** Any other 4xx from the HTTP layer. */
  badRequest: 'bad_request',
  /** 500: a PDF could not be produced (`params.document` names it); other prints are not affected. */
  printFailed: 'print_failed',
  internal: 'internal_error',
} as const;

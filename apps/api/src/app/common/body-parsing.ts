import {
  BadRequestException,
  HttpException,
  INestApplication,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { ERROR_CODES, FieldError } from '@markt/shared';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { validationFailed } from './validation';

/**
 * The largest legitimate body is a floor plan with 1,000 stands (500-character notes) and 500 features:
 * about 2 MB as a browser sends it (UTF-8, up to 3 bytes a character), under 4 MB even with every
 * note character escaped as `\uXXXX`.
 */
export const JSON_BODY_LIMIT = 4 * 1024 * 1024;

/** A floor plan is 3 levels deep; class-transformer and class-validator recurse, so depth must stay small. */
export const MAX_BODY_DEPTH = 32;

/** A body full of bad strings is answered with the first ones only. */
const MAX_FIELD_ERRORS = 20;

/** Lone UTF-16 surrogates (in `u` mode only an unpaired one is a code point of category Cs) and NUL. */
const INVALID_CHARACTERS = /[\p{Cs}\0]/u;
const ALL_INVALID_CHARACTERS = new RegExp(INVALID_CHARACTERS.source, 'gu');

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function unsupported(message: string): UnsupportedMediaTypeException {
  return new UnsupportedMediaTypeException({ code: ERROR_CODES.unsupportedMediaType, message });
}

function malformed(message: string): BadRequestException {
  return new BadRequestException({ code: ERROR_CODES.malformedBody, message });
}

/** Content-Length 0 is no body, whatever the other headers say (a bare `fetch(url, { method: 'POST' })`). */
export function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && Number(length) !== 0);
}

function charsetOf(req: Request): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(req.headers['content-type'] ?? '')?.[1]?.toLowerCase();
}

/**
 * Writes carry JSON in UTF-8, or multipart form data on upload routes (which ones, `UploadRouteGuard` decides);
 * no compressed bodies, which could inflate far beyond the limit.
 */
function acceptBodyType(req: Request, _res: Response, next: NextFunction): void {
  if (SAFE_METHODS.has(req.method) || !hasBody(req)) return next();
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity') return next(unsupported(`Content-Encoding ${encoding} is not accepted`));
  if (req.is('multipart/form-data')) return next();
  if (!req.is('application/json')) return next(unsupported('Send JSON (application/json)'));
  const charset = charsetOf(req);
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    return next(unsupported('JSON must be UTF-8'));
  }
  next();
}

/** body-parser's errors (told apart by `type`) as the API's errors; others pass on unchanged. */
export function toBodyParserException(error: unknown): HttpException | undefined {
  switch ((error as { type?: unknown } | null)?.type) {
    case 'entity.too.large':
      return new PayloadTooLargeException({
        code: ERROR_CODES.payloadTooLarge,
        message: `The body is larger than ${JSON_BODY_LIMIT} bytes`,
        params: { max: JSON_BODY_LIMIT },
      });
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return unsupported((error as Error).message);
    case 'entity.parse.failed':
      return malformed('The body is not valid JSON');
    case 'request.aborted':
    case 'request.size.invalid':
      return malformed('The body ended before its announced length');
    default:
      return undefined;
  }
}

function translateParserError(error: unknown, _req: Request, _res: Response, next: NextFunction): void {
  next(toBodyParserException(error) ?? error);
}

function printable(key: string): string {
  return key.replace(ALL_INVALID_CHARACTERS, '\uFFFD');
}

/**
 * Walks parsed input without recursion (it may be deeply nested on purpose): too deep is a malformed body,
 * strings and keys with lone surrogates or NUL are field errors. Returns the errors, or 'too deep'.
 */
export function inspectInput(input: unknown, maxDepth = MAX_BODY_DEPTH): FieldError[] | 'too deep' {
  const errors: FieldError[] = [];
  const pending: { value: unknown; path: string; depth: number }[] = [{ value: input, path: '', depth: 0 }];
  const flag = (path: string) => {
    if (errors.length < MAX_FIELD_ERRORS) {
      errors.push({ field: path, code: 'invalidCharacters', message: 'Contains characters that are not allowed' });
    }
  };
  while (pending.length > 0) {
    const { value, path, depth } = pending.pop() as (typeof pending)[number];
    if (typeof value === 'string') {
      if (INVALID_CHARACTERS.test(value)) flag(path);
    } else if (typeof value === 'object' && value !== null) {
      if (depth + 1 > maxDepth) return 'too deep';
      for (const [key, child] of Object.entries(value)) {
        const childPath = path ? `${path}.${printable(key)}` : printable(key);
        if (INVALID_CHARACTERS.test(key)) flag(childPath);
        pending.push({ value: child, path: childPath, depth: depth + 1 });
      }
    }
  }
  return errors;
}

function checkParsedInput(req: Request, _res: Response, next: NextFunction): void {
  const body = inspectInput(req.body);
  if (body === 'too deep') return next(malformed(`The body is nested deeper than ${MAX_BODY_DEPTH} levels`));
  // Express parses the query on every read; strings and arrays only, so two levels suffice.
  const query = inspectInput(req.query, 2);
  if (query === 'too deep') return next(malformed('The query string is nested'));
  const errors = [...body, ...query];
  next(errors.length > 0 ? validationFailed(errors) : undefined);
}

/**
 * Body parsing for the whole API with explicit limits; Nest's own parsers are switched off
 * (`bodyParser: false`, see `NEST_OPTIONS`). Multipart bodies are left to the upload routes' interceptors.
 */
export function installBodyParsing(app: INestApplication): void {
  app.use(acceptBodyType);
  app.use(express.json({ limit: JSON_BODY_LIMIT, strict: true, inflate: false, type: 'application/json' }));
  app.use(translateParserError);
  app.use(checkParsedInput);
}

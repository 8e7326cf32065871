import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ApiError, ERROR_CODES } from '@markt/shared';
import type { Response } from 'express';
import { isConstraintViolation } from '../database/constraint-errors';

const CODE_BY_STATUS: Record<number, string> = {
  400: ERROR_CODES.validation,
  401: ERROR_CODES.unauthenticated,
  403: ERROR_CODES.forbidden,
  404: ERROR_CODES.notFound,
  409: ERROR_CODES.conflict,
  413: ERROR_CODES.payloadTooLarge,
  415: ERROR_CODES.unsupportedMediaType,
  429: ERROR_CODES.tooManyAttempts,
};

function codeFor(statusCode: number): string {
  return CODE_BY_STATUS[statusCode] ?? (statusCode < 500 ? ERROR_CODES.badRequest : ERROR_CODES.internal);
}

/** Errors of Express and its middleware (http-errors) that blame the request: a 4xx `status`. */
function clientErrorOf(exception: unknown): { status: number; message: string } | undefined {
  const { status, statusCode, expose, message } = (exception ?? {}) as Record<string, unknown>;
  const value = status ?? statusCode;
  if (typeof value !== 'number' || value < 400 || value >= 500) return undefined;
  // http-errors marks the messages that are safe to show.
  return { status: value, message: expose === true && typeof message === 'string' ? message : 'Bad request' };
}

/** Every error leaves the API in the same shape (`ApiError`) with a stable code the web app translates. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Error');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toApiError(exception);
    if (body.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    response.status(body.statusCode).json(body);
  }

  private toApiError(exception: unknown): ApiError {
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const raw = exception.getResponse();
      const details = typeof raw === 'object' && raw !== null ? (raw as Partial<ApiError>) : {};
      return {
        statusCode,
        code: details.code ?? codeFor(statusCode),
        message: typeof details.message === 'string' ? details.message : exception.message,
        ...(details.errors && { errors: details.errors }),
        ...(details.params && { params: details.params }),
      };
    }
    if (isConstraintViolation(exception)) {
      return {
        statusCode: HttpStatus.CONFLICT,
        code: ERROR_CODES.conflict,
        message: 'Conflicts with existing data',
      };
    }
    const clientError = clientErrorOf(exception);
    if (clientError) {
      return { statusCode: clientError.status, code: codeFor(clientError.status), message: clientError.message };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      code: ERROR_CODES.internal,
      message: 'Internal server error',
    };
  }
}

import { CanActivate, ExecutionContext, Injectable, UnsupportedMediaTypeException } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ERROR_CODES } from '@markt/shared';
import type { Request } from 'express';
import { hasBody } from './body-parsing';

const FILE_ARGUMENTS = new Set([String(RouteParamtypes.FILE), String(RouteParamtypes.FILES)]);

/** A route that takes `@UploadedFile()` / `@UploadedFiles()`. */
function takesUpload(controller: object, handler: string): boolean {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler) ?? {}) as Record<string, unknown>;
  return Object.keys(args).some((key) => FILE_ARGUMENTS.has(key.split(':')[0]));
}

/**
 * Multipart bodies only where a route takes a file, and only multipart there: elsewhere nothing would parse
 * them and the route would act on an empty body. Runs before the upload interceptor reads the body.
 */
@Injectable()
export class UploadRouteGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<Request>();
    if (!hasBody(req)) return true;
    const upload = takesUpload(context.getClass(), context.getHandler().name);
    if (upload !== Boolean(req.is('multipart/form-data'))) {
      throw new UnsupportedMediaTypeException({
        code: ERROR_CODES.unsupportedMediaType,
        message: upload ? 'Send the file as multipart/form-data' : 'Send JSON (application/json)',
      });
    }
    return true;
  }
}

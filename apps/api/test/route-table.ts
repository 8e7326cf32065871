import { INestApplication, RequestMethod, Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { API_PREFIX } from '../src/app/bootstrap';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One route as the running app declares it, with what it reads from the request. */
export interface RouteInfo {
  /** `Controller.handler`, for reports. */
  name: string;
  method: HttpMethod;
  /** With the global prefix, e.g. `/api/events/:eventId/floor-plan`. */
  path: string;
  params: string[];
  /** The class of the `@Body()` argument, if any. */
  body?: Type<unknown>;
  /** The class of the `@Query()` argument, if any. */
  query?: Type<unknown>;
  /** Takes an uploaded file (`@UploadedFile()` / `@UploadedFiles()`). */
  upload: boolean;
}

function asList(path: string | string[] | undefined): string[] {
  return Array.isArray(path) ? path : [path ?? '/'];
}

function join(...parts: string[]): string {
  return (
    '/' +
    parts
      .flatMap((p) => p.split('/'))
      .filter(Boolean)
      .join('/')
  );
}

/** Every route of every controller, read from Nest's module graph, so a new endpoint is listed without edits. */
export function routeTable(app: INestApplication): RouteInfo[] {
  const routes: RouteInfo[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      const controller = metatype as unknown as { name: string; prototype: Record<string, unknown> };
      const proto = controller.prototype;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const handler = proto[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const handlerPath = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (handlerPath === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod].toLowerCase();
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<
          string,
          { index: number; data?: unknown }
        >;
        const types = (Reflect.getMetadata('design:paramtypes', proto, name) ?? []) as Type<unknown>[];
        const argOf = (type: RouteParamtypes) =>
          Object.entries(args).find(([key, arg]) => key.split(':')[0] === String(type) && arg.data === undefined)?.[1];
        const bodyArg = argOf(RouteParamtypes.BODY);
        const queryArg = argOf(RouteParamtypes.QUERY);
        const upload = Object.keys(args).some((key) =>
          [String(RouteParamtypes.FILE), String(RouteParamtypes.FILES)].includes(key.split(':')[0]),
        );
        for (const base of asList(Reflect.getMetadata(PATH_METADATA, controller) as string | string[])) {
          for (const own of asList(handlerPath)) {
            const path = join(API_PREFIX, base, own);
            routes.push({
              name: `${controller.name}.${name}`,
              method: method as HttpMethod,
              path,
              params: [...path.matchAll(/:(\w+)/g)].map((m) => m[1]),
              body: bodyArg && types[bodyArg.index],
              query: queryArg && types[queryArg.index],
              upload,
            });
          }
        }
      }
    }
  }
  return routes;
}

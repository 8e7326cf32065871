import { HttpBackend } from '@angular/common/http';
import { ApplicationConfig, mergeApplicationConfig, provideAppInitializer } from '@angular/core';
import { provideServerRendering, withRoutes } from '@angular/ssr';
import { appConfig } from './app.config';
import { serverRoutes } from './app.routes.server';
import { NoHttpOnServer, applyRenderContext } from './core/ssr/render-context';

/** The app as the server renders it (main.server.ts): no HTTP, data and language from the API's request context. */
const serverConfig: ApplicationConfig = {
  providers: [
    provideServerRendering(withRoutes(serverRoutes)),
    { provide: HttpBackend, useClass: NoHttpOnServer },
    provideAppInitializer(applyRenderContext),
  ],
};

export const config = mergeApplicationConfig(appConfig, serverConfig);

import { isPlatformServer } from '@angular/common';
import { provideHttpClient, withFetch, withXsrfConfiguration } from '@angular/common/http';
import {
  ApplicationConfig,
  PLATFORM_ID,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideClientHydration, withIncrementalHydration, withNoHttpTransferCache } from '@angular/platform-browser';
import { TitleStrategy, provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { appRoutes } from './app.routes';
import { AuthService } from './core/auth/auth.service';
import { TranslatedTitleStrategy } from './core/i18n/translated-title.strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'top' })),
    provideHttpClient(withFetch(), withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' })),
    // The public market page comes server-rendered (see app.config.server.ts); the browser takes its
    // DOM over instead of drawing it again. Its data travels explicitly (TransferredData), not as cached HTTP.
    // Parts in `@defer (hydrate …)` blocks are taken over only when needed (the plan: when it comes into view).
    provideClientHydration(withNoHttpTransferCache(), withIncrementalHydration()),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    // Know who is logged in before the first route is matched (home page and guards depend on it).
    // The server renders public pages for anonymous visitors only and never calls the API.
    provideAppInitializer(() => (isPlatformServer(inject(PLATFORM_ID)) ? undefined : inject(AuthService).load())),
  ],
};

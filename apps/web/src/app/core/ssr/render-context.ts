import { HttpBackend, HttpErrorResponse, HttpEvent, HttpRequest } from '@angular/common/http';
import { REQUEST_CONTEXT, inject } from '@angular/core';
import { PageRenderContext } from '@markt/shared';
import { Observable, throwError } from 'rxjs';
import { I18nService } from '../i18n/i18n.service';
import { toMarketView } from '../../market/market-filter';
import { HEADER_EVENT_KEY, MARKET_KEY, OPEN_EVENT_KEY, TransferredData } from './transferred-data';

/**
 * On the server the app makes no HTTP request at all: the API hands it everything a page needs
 * (`PageRenderContext`), so rendering cannot be turned into requests to other hosts. A page that
 * asks anyway gets an error, as when the network is down.
 */
export class NoHttpOnServer implements HttpBackend {
  handle(request: HttpRequest<unknown>): Observable<HttpEvent<unknown>> {
    return throwError(
      () => new HttpErrorResponse({ status: 0, statusText: 'No HTTP during server rendering', url: request.url }),
    );
  }
}

/**
 * App initializer on the server: language and data of the page being rendered, as the API passed
 * them (apps/api/src/app/web-app); the data also travels to the browser, which hydrates with it.
 */
export function applyRenderContext(): void {
  const context = inject(REQUEST_CONTEXT, { optional: true }) as PageRenderContext | null;
  if (!context) return;
  inject(I18nService).setLang(context.lang === 'en' ? 'en' : 'de');
  const transferred = inject(TransferredData);
  transferred.set(OPEN_EVENT_KEY, { event: context.openEvent });
  const market = context.market;
  if (!market) return;
  transferred.set(MARKET_KEY, { eventId: market.eventId, view: market.data && toMarketView(market.data) });
  // The header names the market's event from the first render on, on the server and while hydrating alike.
  if (market.data) transferred.set(HEADER_EVENT_KEY, { id: market.data.event.id, title: market.data.event.title });
}
